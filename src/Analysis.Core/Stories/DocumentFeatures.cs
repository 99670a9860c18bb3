using Analysis.Core.Actors;
using Analysis.Core.Corpus;

namespace Analysis.Core.Stories;

/// <summary>
/// What story detection reads of one document: its date, its content words and its actors. Built when
/// the document arrives and dropped once it is assigned; only the story profile it feeds is kept.
/// </summary>
/// <param name="Id">The document's id.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Date">The document's date, at the precision it has.</param>
/// <param name="Terms">Distinct content words of the article text, weighted 1 + ln(count), in text order.</param>
/// <param name="Actors">Distinct actors of the article text (places included), weighted 1 + ln(mentions), in order of first mention.</param>
internal sealed record DocumentFeatures(
    string Id,
    string Title,
    PartialDate Date,
    IReadOnlyList<WeightedKey> Terms,
    IReadOnlyList<WeightedKey> Actors)
{
    /// <summary>The days the date covers, or null when the document is undated.</summary>
    public DayInterval? Interval => Date.FirstDay is { } first && Date.LastDay is { } last ? new DayInterval(first, last) : null;

    /// <summary>The features of an extracted document.</summary>
    public static DocumentFeatures Of(ExtractedDocument extracted)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        var document = extracted.Document;

        // Places count: "à Bamako", "au palais de Koulouba" are what tells one meeting from another.
        var groups = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var index = 0;
        foreach (var mention in extracted.Mentions)
        {
            if (mention.IsActorMention)
            {
                var id = mention.Actor.Id;
                groups[id] = groups.TryGetValue(id, out var group) ? (group.Count + 1, group.First) : (1, index);
                index++;
            }
        }

        // Nothing is removed, so the dictionary enumerates in order of first mention.
        var actors = new List<WeightedKey>(groups.Count);
        foreach (var (id, (count, first)) in groups)
        {
            actors.Add(new WeightedKey(TermKey.OfActor(id), 1 + Math.Log(count), first));
        }

        return new DocumentFeatures(document.Id, document.Title, document.Date.Value, ArticleTerms.Of(document), actors);
    }
}
