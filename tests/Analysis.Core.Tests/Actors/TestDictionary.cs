using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Actors.Matching;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Actors;

/// <summary>
/// A small Sahel-like dictionary written for the actor tests (never the shipped default, which changes).
/// Niger's chief of general staff changes on 2023-08-20: Salifou Mody holds the office until 2023-08-19,
/// Moussa Salaou Barmou from 2023-08-20, so the month 2023-08 has two holders.
/// </summary>
internal static class TestDictionary
{
    public const string Yaml = """
        actors:
          - id: bfa
            name: Burkina Faso
            type: country
            aliases: [Burkina, Faso]
            demonyms: [burkinabè, burkinabé, burkinabe, burkinabès]
            combining_forms: [burkinabo]
          - id: mli
            name: Mali
            type: country
            demonyms: [malien, malienne, maliens, maliennes]
          - id: ner
            name: Niger
            type: country
            demonyms: [nigérien, nigérienne, nigériens, nigériennes]
          - id: nga
            name: Nigeria
            type: country
            demonyms: [nigérian, nigériane, nigérians, nigérianes]
          - id: rus
            name: Russie
            type: country
            demonyms: [russe, russes]
            combining_forms: [russo]
          - id: civ
            name: Côte d'Ivoire
            type: country
            demonyms: [ivoirien, ivoirienne, ivoiriens, ivoiriennes]
          - id: fleuve-niger
            name: fleuve Niger
            type: place
          - id: bamako
            name: Bamako
            type: place
            country: mli
          - id: moussa-salaou-barmou
            name: Moussa Salaou Barmou
            type: person
            country: ner
            roles:
              - {title: chef d'état-major général des armées, organization: ner, from: 2023-08-20}
          - id: salifou-mody
            name: Salifou Mody
            type: person
            country: ner
            roles:
              - {title: chef d'état-major général des armées, organization: ner, from: 2020-01, to: 2023-08-19}
          - id: celestin-simpore
            name: Célestin Simporé
            type: person
            country: bfa
            roles:
              - {title: chef d'état-major général des armées, organization: bfa, from: 2022-10}
          - id: oumar-diarra
            name: Oumar Diarra
            type: person
            country: mli
            roles:
              - {title: chef d'état-major général des armées, organization: mli, from: 2020-09}
          - id: assimi-goita
            name: Assimi Goïta
            type: person
            country: mli
            roles:
              - {title: président de la Transition, organization: mli, from: 2021-06}
          - id: ibrahim-traore
            name: Ibrahim Traoré
            type: person
            country: bfa
            roles:
              - {title: président du Faso, organization: bfa, from: 2022-10}
          - id: kassoum-coulibaly
            name: Kassoum Coulibaly
            type: person
            country: bfa
          - id: aes
            name: Alliance des États du Sahel
            type: organization
            acronyms: [AES]
          - id: force-aes
            name: Force conjointe de l'AES
            type: organization
            aliases: [Force unifiée de l'AES]
          - id: ua
            name: Union africaine
            type: organization
            acronyms: [UA, AU]
          - id: onu
            name: Organisation des Nations unies
            type: organization
            aliases: [Nations unies]
            acronyms: [ONU, UN]
          - id: fama
            name: Forces armées maliennes
            type: organization
            country: mli
            acronyms: [FAMa]
          - id: g5-sahel
            name: G5 Sahel
            type: organization
        """;

    public static ActorDictionary Sahel { get; } = ActorDictionary.Parse(Yaml, "test.yaml");

    public static AliasAutomaton Automaton { get; } = new(Sahel.Actors);

    /// <summary>The dictionary matches of <paramref name="text"/> as (surface, actor id), in text order.</summary>
    public static List<(string Surface, string Id)> Matches(string text)
    {
        var tokens = TokenList.Create(text);
        return [.. Automaton.FindAll(tokens).Select(m => (tokens.Span(m.First, m.Last).Slice(text), m.Entry.Actor.Id))];
    }

    /// <summary>A fresh extractor on the test dictionary (discovered actors start empty).</summary>
    public static ActorExtractor Extractor() => new(Sahel);

    /// <summary>Extracts one article written as <see cref="TestDocuments.Article"/> expects.</summary>
    public static ExtractedDocument Extract(string text, string date = "2024-11-06", string author = "") =>
        Extractor().Extract(TestDocuments.Article(text, date, author));
}
