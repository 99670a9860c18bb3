using Analysis.Core.Actors.Resolution;

namespace Analysis.Core.Actors;

/// <summary>
/// A document read by <see cref="ActorExtractor.Analyze"/> but not yet bound to the corpus: its mentions of
/// actors it discovered point to that document's own actors, listed in <paramref name="Discovered"/> in the
/// order they were made, until <see cref="ActorExtractor.Bind"/> resolves them in the corpus's registry.
/// </summary>
internal sealed record AnalyzedDocument(ExtractedDocument Document, IReadOnlyList<DiscoveredActor> Discovered);
