using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Actors.Pipeline;
using Analysis.Core.Actors.Resolution;
using Analysis.Core.Actors.Titles;
using Analysis.Core.Corpus;

namespace Analysis.Core.Actors;

/// <summary>
/// Finds the actors of documents: sentence splitting → titles → dictionary matching → discovery →
/// coreference → title attachment → role-only references. One extractor serves a whole corpus: the
/// dictionary automaton is built once, and discovered actors are shared across documents, so a name
/// discovered in one article is the same actor in the next.
/// </summary>
public sealed class ActorExtractor
{
    private readonly ActorPipeline _pipeline;
    private readonly ActorRegistry _registry;

    /// <summary>An extractor with the default Sahel dictionary.</summary>
    public ActorExtractor()
        : this(ActorDictionary.Default)
    {
    }

    /// <summary>An extractor with <paramref name="dictionary"/> and the default title lexicon.</summary>
    public ActorExtractor(ActorDictionary dictionary)
        : this(dictionary, TitleLexicon.Default)
    {
    }

    /// <summary>An extractor with <paramref name="dictionary"/> and <paramref name="titles"/>.</summary>
    public ActorExtractor(ActorDictionary dictionary, TitleLexicon titles)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(titles);
        Dictionary = dictionary;
        _registry = new ActorRegistry(dictionary);
        var names = new NameWords(titles);
        _pipeline = new ActorPipeline(
        [
            new SentenceSplitter(),
            new TitleTagger(titles),
            new DictionaryMatcher(dictionary.BuildAutomaton()),
            new NameDiscovery(names, _registry),
            new CoreferenceResolver(names, _registry),
            new RoleAttacher(),
            new RoleReferenceResolver(dictionary, titles),
        ]);
    }

    /// <summary>The dictionary in use.</summary>
    public ActorDictionary Dictionary { get; }

    /// <summary>The actors discovered so far, in the order first seen.</summary>
    public IReadOnlyList<Actor> Discovered => _registry.Discovered;

    /// <summary>The pipeline's component names, in order.</summary>
    public IEnumerable<string> Components => _pipeline.Names;

    /// <summary>Extracts the actor mentions of <paramref name="document"/>.</summary>
    public ExtractedDocument Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var annotated = new ActorDocument(document);
        _pipeline.Run(annotated);
        var mentions = annotated.Mentions
            .OrderBy(m => m.Span.Start)
            .ThenBy(m => m.Span.Length)
            .Select(m => ToMention(annotated, m))
            .ToList();
        return new ExtractedDocument(
            document,
            annotated.Sentences,
            [.. mentions.Where(m => m.IsActorMention)],
            [.. mentions.Where(m => !m.IsActorMention)]);
    }

    private static Mention ToMention(ActorDocument document, MentionDraft draft) =>
        new(
            document.Document.Id,
            draft.Actor,
            draft.Span.Slice(document.Document.Text),
            draft.Span,
            document.SentenceAt(draft.Span.Start),
            draft.Origin,
            draft.Title,
            document.KindAt(draft.First))
        {
            TitleNormalized = draft.TitleEntry?.Phrase ?? string.Empty,
        };
}
