using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.Processing;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Processing;

public sealed class CorpusProcessorTests : IDisposable
{
    private static readonly string[] Places = ["Bamako", "Niamey", "Ouagadougou", "Gao", "Tillabéri", "Dori"];
    private static readonly string[] Months = ["janvier", "mars", "mai", "juillet", "septembre", "novembre"];

    private readonly TempFolder _corpus = new();

    public CorpusProcessorTests()
    {
        // Forty articles; the generals below are in no dictionary, so they are discovered, and each comes back
        // in several articles, once without accents: a parallel run must still make each one actor.
        for (var i = 0; i < 40; i++)
        {
            var general = (i % 3) switch
            {
                0 => "Issiaka Kaboré",
                1 => i % 2 == 0 ? "Hamidou Tembely" : "Hamidou Tembély",
                _ => "Issiaka Kabore",
            };
            var place = Places[i % Places.Length];
            _corpus.Write($"a{i:00}.txt", $"""
                Réunion sécuritaire numéro {i} à {place}

                {place}, le {1 + (i % 27)} {Months[i % Months.Length]} {2021 + (i % 4)} – Le général {general} a reçu le colonel Moussa Traoré-Dembélé {i} fois, selon un communiqué.

                Le ministre malien de la Défense, Sadio Camara, a salué l'initiative du général {general}. Le chef de l'État Assimi Goïta a félicité les Forces armées maliennes pour la mission numéro {i}.

                """);
        }

        // The same text as a02.txt under a later name: a duplicate of it, whichever thread reads it first.
        File.Copy(Path.Combine(_corpus.Path, "a02.txt"), Path.Combine(_corpus.Path, "b-copy.txt"));
    }

    [Fact]
    public void Process_GivesTheSameArticlesActorsAndIds_WhateverTheNumberOfThreads()
    {
        var sequential = Fingerprint(Sequentially());

        Assert.Equal(sequential, Fingerprint(Processed(threads: 1)));
        Assert.Equal(sequential, Fingerprint(Processed(threads: 2)));
        Assert.Equal(sequential, Fingerprint(Processed(threads: 5)));
    }

    [Fact]
    public void Process_MakesOneActorOfADiscoveredName_WhenItComesBackInLaterArticles()
    {
        var articles = Processed(threads: 4);

        var kabore = articles
            .SelectMany(a => a.Extracted?.Mentions ?? [])
            .Where(m => m.Surface.Contains("Kabor", StringComparison.Ordinal))
            .Select(m => m.Actor.Id)
            .Distinct()
            .ToList();

        // "Issiaka Kaboré" (a00, a03 …) and "Issiaka Kabore" (a02, a05 …) fold to one name.
        Assert.Equal(["discovered:issiaka-kabore"], kabore);
    }

    [Fact]
    public void Process_FlagsTheLaterCopy_WhenTwoFilesHoldTheSameText()
    {
        var copy = Processed(threads: 3).Single(a => a.Result.Record.File == "b-copy.txt");

        Assert.Equal(IngestStatus.Duplicate, copy.Result.Record.Status);
        Assert.Equal("same text as a02.txt", copy.Result.Record.Reason);
        Assert.Null(copy.Extracted);
    }

    [Fact]
    public void Process_ThrowsAtOnce_WhenTheFolderDoesNotExist()
    {
        var processor = new CorpusProcessor(new CorpusLoader(), new ActorExtractor(), threads: 2);

        Assert.Throws<CorpusException>(() => processor.Process(Path.Combine(_corpus.Path, "missing")));
    }

    public void Dispose() => _corpus.Dispose();

    private List<ProcessedArticle> Processed(int threads) =>
        [.. new CorpusProcessor(new CorpusLoader(), new ActorExtractor(), threads).Process(_corpus.Path)];

    // The plain path a notebook takes: load everything, then extract one document after another.
    private List<ProcessedArticle> Sequentially()
    {
        var extractor = new ActorExtractor();
        return [.. new CorpusLoader().Load(_corpus.Path).Select(r => new ProcessedArticle(r, r.Document is null ? null : extractor.Extract(r.Document)))];
    }

    private static List<string> Fingerprint(IEnumerable<ProcessedArticle> articles) =>
        [.. articles.SelectMany(a => new[] { $"{a.Result.Record.File} {a.Result.Record.Status} {a.Result.Record.Reason} {a.Result.Record.DocId}" }
            .Concat((a.Extracted?.Mentions ?? []).Select(m => $"  {m.Actor.Id} {m.Actor.Name} {m.Span.Start}-{m.Span.End} {m.Sentence} {m.Origin} {m.Title}")))];
}
