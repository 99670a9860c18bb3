using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Corpus;

namespace Analysis.Core.Actors;

/// <summary>
/// The actors of a set of documents, extracted in one call: what a notebook starts from. (The runner
/// streams instead, with <see cref="ActorExtractor"/> and <see cref="ActorCatalog"/>, which this class
/// also uses, so both give the same results.)
/// </summary>
public sealed class ActorAnalysis
{
    private ActorAnalysis(IReadOnlyList<ExtractedDocument> documents, ActorCatalog catalog, ActorExtractor extractor)
    {
        Documents = documents;
        Actors = catalog.Summaries();
        Titles = catalog.Titles();
        Discovered = extractor.Discovered;
        Dictionary = extractor.Dictionary;
    }

    /// <summary>The documents with their mentions, in the order given.</summary>
    public IReadOnlyList<ExtractedDocument> Documents { get; }

    /// <summary>Every actor mention in article text, document by document.</summary>
    public IEnumerable<Mention> Mentions => Documents.SelectMany(d => d.Mentions);

    /// <summary>The actors found, most widely reported first.</summary>
    public IReadOnlyList<ActorSummary> Actors { get; }

    /// <summary>Titles by actor and date.</summary>
    public IReadOnlyList<ActorTitle> Titles { get; }

    /// <summary>Actors found by discovery, to review and promote into a dictionary file.</summary>
    public IReadOnlyList<Actor> Discovered { get; }

    /// <summary>The dictionary used.</summary>
    public ActorDictionary Dictionary { get; }

    /// <summary>Extracts the actors of <paramref name="documents"/> with <paramref name="dictionary"/> (the
    /// default Sahel dictionary when null).</summary>
    public static ActorAnalysis Run(IEnumerable<Document> documents, ActorDictionary? dictionary = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var extractor = new ActorExtractor(dictionary ?? ActorDictionary.Default);
        var catalog = new ActorCatalog(extractor.Dictionary);
        var extracted = new List<ExtractedDocument>();
        foreach (var document in documents)
        {
            var result = extractor.Extract(document);
            catalog.Add(result);
            extracted.Add(result);
        }

        return new ActorAnalysis(extracted, catalog, extractor);
    }

    /// <summary>Keyword in context for the actor with this id or canonical name.</summary>
    public IReadOnlyList<KwicLine> KeywordInContext(string actor, int width = 60) => Kwic.Of(Documents, actor, width);
}
