using Analysis.Core.Corpus.Description;

namespace Analysis.Core.Tests.Corpus.Description;

/// <summary>French or English from the function words of the article's paragraphs.</summary>
public sealed class LanguageGuesserTests
{
    [Fact]
    public void Guess_SaysFrench_ForAParagraphOfFrenchProse()
    {
        string[] paragraphs = ["Les chefs d'état-major de la Confédération des États du Sahel se sont réunis à Bamako pour adopter un plan d'action commun avec leurs partenaires."];

        Assert.Equal("fr", LanguageGuesser.Guess(paragraphs));
    }

    [Fact]
    public void Guess_SaysEnglish_ForAParagraphOfEnglishProse()
    {
        string[] paragraphs = ["The chiefs of staff of the Alliance of Sahel States met in Bamako, where they said that the plan has been adopted with their partners."];

        Assert.Equal("en", LanguageGuesser.Guess(paragraphs));
    }

    [Fact]
    public void Guess_CountsFunctionWords_WhateverTheirCaseAndPunctuation()
    {
        // Nine French function words in capitals and between punctuation; nothing else counts.
        string[] paragraphs = ["LES (DES) ; LA, UNE. DANS: POUR! AVEC? ELLE \"LEURS\""];

        Assert.Equal("fr", LanguageGuesser.Guess(paragraphs));
    }

    [Fact]
    public void Guess_SaysNothing_WhenFewerThanFiveFunctionWordsAppear()
    {
        string[] paragraphs = ["Bamako, Niamey et Ouagadougou : communiqué conjoint des trois capitales."];

        Assert.Equal(string.Empty, LanguageGuesser.Guess(paragraphs));
    }

    [Fact]
    public void Guess_SaysNothing_WhenNeitherLanguageHasTwiceTheOthersWords()
    {
        string[] paragraphs = ["Le président et la ministre dans une salle ; the minister and the president of the council in that room."];

        Assert.Equal(string.Empty, LanguageGuesser.Guess(paragraphs));
    }

    [Fact]
    public void Guess_DoesNotCountLongerWordsThatStartLikeFunctionWords()
    {
        // "their" counts, "theirs", "there" and "theory" do not: four English function words, one short of a guess.
        string[] paragraphs = ["their theirs there theory the of and"];

        Assert.Equal(string.Empty, LanguageGuesser.Guess(paragraphs));
    }
}
