using Analysis.Benchmarks.Inputs;
using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Actors.Pipeline;
using Analysis.Core.Actors.Resolution;
using Analysis.Core.Actors.Titles;
using Analysis.Core.Corpus;
using BenchmarkDotNet.Attributes;

namespace Analysis.Benchmarks.Components;

/// <summary>
/// Resolution. <see cref="CoreferenceResolver"/> needs a document already annotated by every earlier
/// component and adds mentions to it, so it cannot run twice on one document: it is measured as the
/// difference between the pipeline up to discovery (<see cref="UpToDiscovery"/>, the baseline) and the
/// same plus coreference (the Ratio column shows the step's share). <see cref="ActorRegistry.Resolve"/>
/// is measured alone on the names the set's articles propose, and the whole
/// <see cref="ActorExtractor.Extract"/> (all seven components and the mention list) for reference.
/// As in <see cref="ActorExtractor"/>, each document is annotated with a registry of its own over the
/// dictionary's actors; the registry <see cref="RegistryResolve"/> uses is shared and warm, as in a long run.
/// </summary>
[MemoryDiagnoser]
public class ResolutionBenchmarks
{
    private readonly KnownActors _known = new(ActorDictionary.Default);
    private readonly ActorRegistry _registry = new(ActorDictionary.Default);
    private readonly ActorExtractor _extractor = new();
    private ActorPipeline _upToDiscovery = null!;
    private CoreferenceResolver _coreference = null!;
    private List<Document> _documents = [];
    private List<(ActorProposal Proposal, string Document)> _proposals = [];

    /// <summary>The input set.</summary>
    [Params(InputSet.Seeds, InputSet.LongPage)]
    public InputSet Input { get; set; }

    /// <summary>Builds the components and the set's documents, and collects the names to resolve.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var dictionary = ActorDictionary.Default;
        var titles = TitleLexicon.Default;
        var names = new NameWords(titles);
        _upToDiscovery = new ActorPipeline(
        [
            new SentenceSplitter(),
            new TitleTagger(titles),
            new DictionaryMatcher(dictionary.BuildAutomaton()),
            new NameDiscovery(names),
        ]);
        _coreference = new CoreferenceResolver(names);
        _documents = PreparedArticles.Build(Input);

        // What discovery and coreference hand the registry: the names the pipeline did not take from
        // the dictionary, each with its article.
        _proposals = [.. _documents.Select(_extractor.Extract)
            .SelectMany(e => e.Mentions)
            .Where(m => m.Origin is MentionOrigin.Discovered or MentionOrigin.Coreference)
            .Select(m => (new ActorProposal(m.Surface, m.Actor.Type), m.DocumentId))];
    }

    /// <summary>Words, sentences, titles, dictionary matches and discovery for every document of the set.</summary>
    [Benchmark(Baseline = true)]
    public int UpToDiscovery()
    {
        var mentions = 0;
        foreach (var document in _documents)
        {
            var annotated = new ActorDocument(document, new ActorRegistry(_known)); // each document resolves in a registry of its own, as in ActorExtractor
            _upToDiscovery.Run(annotated);
            mentions += annotated.Mentions.Count;
        }

        return mentions;
    }

    /// <summary>The same, then coreference resolution.</summary>
    [Benchmark]
    public int UpToCoreference()
    {
        var mentions = 0;
        foreach (var document in _documents)
        {
            var annotated = new ActorDocument(document, new ActorRegistry(_known)); // each document resolves in a registry of its own, as in ActorExtractor
            _upToDiscovery.Run(annotated);
            _coreference.Annotate(annotated);
            mentions += annotated.Mentions.Count;
        }

        return mentions;
    }

    /// <summary>Resolves the names the set's articles propose against the registry.</summary>
    [Benchmark]
    public int RegistryResolve()
    {
        var resolved = 0;
        foreach (var (proposal, document) in _proposals)
        {
            resolved += _registry.Resolve(proposal, document).Name.Length;
        }

        return resolved;
    }

    /// <summary>The whole extraction of every document of the set.</summary>
    [Benchmark]
    public int Extract()
    {
        var mentions = 0;
        foreach (var document in _documents)
        {
            mentions += _extractor.Extract(document).Mentions.Count;
        }

        return mentions;
    }
}
