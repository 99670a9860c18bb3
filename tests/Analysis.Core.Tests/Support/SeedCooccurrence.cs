using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;

namespace Analysis.Core.Tests.Support;

/// <summary>The seeds' co-occurrence with the default options, computed once for every test that reads it.</summary>
internal static class SeedCooccurrence
{
    private static readonly Lazy<CooccurrenceAnalysis> Lazy = new(() => CooccurrenceAnalysis.Run(ActorAnalysis.Run(new SeedCorpusFixture().Corpus.Documents)));

    public static CooccurrenceAnalysis Analysis => Lazy.Value;
}
