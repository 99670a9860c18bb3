using Analysis.Core.Corpus;

namespace Analysis.Core.Actors;

/// <summary>One actor as the corpus shows it: how many articles and mentions, when, under which names.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="CountryName">Its country's canonical name, or empty.</param>
/// <param name="Documents">Articles that mention it in their text.</param>
/// <param name="Mentions">Its mentions in article text.</param>
/// <param name="FirstDate">Date of the earliest dated article mentioning it.</param>
/// <param name="LastDate">Date of the latest dated article mentioning it.</param>
/// <param name="Aliases">The forms it was written in, in order of first appearance (role phrases excluded).</param>
public sealed record ActorSummary(
    Actor Actor,
    string CountryName,
    int Documents,
    int Mentions,
    PartialDate FirstDate,
    PartialDate LastDate,
    IReadOnlyList<string> Aliases);
