namespace Analysis.Core.Stories;

/// <summary>
/// One candidate story considered for a document, with the signals and the verdict, for tests and
/// diagnostics. A value: a hundred are scored for every document of a large run.
/// </summary>
/// <param name="Story">The story's index in order of creation.</param>
/// <param name="StoryId">The story's id.</param>
/// <param name="Fit">How the dates relate (never <see cref="DateFit.Incompatible"/>: those are not scored).</param>
/// <param name="Text">IDF-weighted cosine of content words, 0–1.</param>
/// <param name="Actors">IDF-weighted cosine of actors, 0–1.</param>
/// <param name="Score">The combined score.</param>
/// <param name="Threshold">The threshold that applied (<see cref="StoryOptions.Threshold"/> or <see cref="StoryOptions.UndatedThreshold"/>).</param>
internal readonly record struct StoryMatch(int Story, string StoryId, DateFit Fit, double Text, double Actors, double Score, double Threshold)
{
    /// <summary>True when the score reaches the threshold.</summary>
    public bool Accepted => Score >= Threshold;
}
