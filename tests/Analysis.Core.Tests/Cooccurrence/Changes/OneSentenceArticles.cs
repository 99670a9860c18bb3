using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Changes;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Cooccurrence.Changes;

/// <summary>Made-up runs of articles for change tests: each article its own story.</summary>
internal static class OneSentenceArticles
{
    public static IReadOnlyList<PeriodChange> Changes(IEnumerable<(string Date, string Text)> articles)
    {
        var extractor = new ActorExtractor(ActorDictionary.Default);
        var counter = new CooccurrenceCounter(ActorDictionary.Default);
        var story = 0;
        foreach (var (date, text) in articles)
        {
            counter.Add(extractor.Extract(TestDocuments.Article(text, date)), $"s{story++}");
        }

        return ChangeDetector.Compare(counter.Complete(), []);
    }
}
