using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Actors.Pipeline;
using Analysis.Core.Actors.Resolution;
using Analysis.Core.Actors.Titles;
using Analysis.Core.Corpus;
using Analysis.Core.Text;

namespace Analysis.Core.Actors;

/// <summary>
/// Finds the actors of documents: sentence splitting → titles → dictionary matching → discovery →
/// coreference → title attachment → role-only references. One extractor serves a whole corpus: the
/// dictionary automaton is built once, and discovered actors are shared across documents, so a name
/// discovered in one article is the same actor in the next.
/// </summary>
/// <remarks>
/// <see cref="Extract"/> is two steps, which a parallel run takes apart (<see cref="Processing.CorpusProcessor"/>):
/// <see cref="Analyze"/> reads one document against the dictionary alone and may run on many threads at
/// once; <see cref="Bind"/> then resolves the names that document discovered into the corpus's registry, in
/// document order. Both paths give the same actors and ids, whatever the number of threads.
/// </remarks>
public sealed class ActorExtractor
{
    private readonly ActorPipeline _pipeline;
    private readonly KnownActors _known;
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
        _known = new KnownActors(dictionary);
        _registry = new ActorRegistry(_known);
        var names = new NameWords(titles);
        _pipeline = new ActorPipeline(
        [
            new SentenceSplitter(),
            new TitleTagger(titles),
            new DictionaryMatcher(dictionary.BuildAutomaton()),
            new NameDiscovery(names),
            new CoreferenceResolver(names),
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

    /// <summary>Extracts the actor mentions of <paramref name="document"/>. Not thread-safe (discovered actors
    /// are shared); a parallel run calls <see cref="Analyze"/> on many threads and <see cref="Bind"/> in order.</summary>
    public ExtractedDocument Extract(Document document) => Bind(Analyze(document));

    /// <summary>Reads <paramref name="document"/> against the dictionary and a registry of its own:
    /// safe to call from many threads at once.</summary>
    internal AnalyzedDocument Analyze(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var annotated = new ActorDocument(document, new ActorRegistry(_known));
        _pipeline.Run(annotated);
        var drafts = annotated.Mentions.OrderBy(m => m.Span.Start).ThenBy(m => m.Span.Length);
        var actorMentions = new List<Mention>(annotated.Mentions.Count);
        var setAside = new List<Mention>();
        foreach (var draft in drafts)
        {
            var mention = ToMention(annotated, draft);
            (mention.IsActorMention ? actorMentions : setAside).Add(mention);
        }

        return new AnalyzedDocument(new ExtractedDocument(document, annotated.Sentences, actorMentions, setAside), annotated.Registry.Proposals);
    }

    /// <summary>Resolves the actors <paramref name="analyzed"/> discovered into the corpus's registry, so they
    /// get the same ids as in earlier documents. Documents must be bound one at a time, in input order.</summary>
    internal ExtractedDocument Bind(AnalyzedDocument analyzed)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        if (analyzed.Discovered.Count == 0)
        {
            return analyzed.Document;
        }

        var corpusActors = new Dictionary<Actor, Actor>(ReferenceEqualityComparer.Instance);
        foreach (var discovered in analyzed.Discovered)
        {
            corpusActors[discovered.Actor] = _registry.Resolve(discovered.Proposal, discovered.Document);
        }

        var extracted = analyzed.Document;
        return extracted with
        {
            Mentions = Rebound(extracted.Mentions, corpusActors),
            SetAside = Rebound(extracted.SetAside, corpusActors),
        };
    }

    private static Mention[] Rebound(IReadOnlyList<Mention> mentions, Dictionary<Actor, Actor> corpusActors) =>
        [.. mentions.Select(m => corpusActors.TryGetValue(m.Actor, out var actor) ? m with { Actor = actor } : m)];

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
            Paragraph = ParagraphOf(document.Document, draft.Span),
        };

    // The article segment holding the whole span, counted as the paragraph window counts them.
    private static int ParagraphOf(Document document, TextSpan span)
    {
        var index = 0;
        foreach (var segment in document.Segments)
        {
            if (!segment.IsArticleText)
            {
                continue;
            }

            if (segment.Span.Contains(span))
            {
                return index;
            }

            index++;
        }

        return -1;
    }
}
