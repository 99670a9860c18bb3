namespace Analysis.Core.Corpus;

/// <summary>A file found in the corpus folder, or a folder or file the walk did not enter and why.</summary>
/// <param name="RelativePath">Path relative to the corpus folder, <c>/</c>-separated; folders end with <c>/</c>.</param>
/// <param name="FullPath">Absolute path.</param>
/// <param name="Length">Size in bytes, for files.</param>
/// <param name="SkipReason">Why it is not read, or null for a file to read.</param>
internal sealed record CorpusEntry(string RelativePath, string FullPath, long Length, string? SkipReason);
