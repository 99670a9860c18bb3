using Analysis.Core.Corpus;

namespace Analysis.Core.Stories;

/// <summary>
/// A group of articles reporting the same event, as <see cref="StoryDetector"/> formed it.
/// </summary>
/// <param name="Id">"story-" and the id of the story's first document: stable when the corpus grows.</param>
/// <param name="Documents">Number of documents in the story.</param>
/// <param name="First">The earliest date of the story's documents, at the finest precision any of them has
/// (6 November 2024 for two day-dated reports and one dated "2024-11"); unknown when none is dated.</param>
/// <param name="Last">The latest date, at the same precision as <paramref name="First"/>.</param>
/// <param name="Title">The first document's title.</param>
/// <param name="DocumentIds">The ids of the story's documents, in the order they were assigned.</param>
public sealed record Story(string Id, int Documents, PartialDate First, PartialDate Last, string Title, IReadOnlyList<string> DocumentIds);
