namespace Analysis.Core.Corpus;

/// <summary>
/// Marks an article whose text was already loaded from an earlier file as a duplicate of that file. The
/// first file in input order keeps the article, so this runs in input order, after the (parallel) reads.
/// </summary>
internal sealed class DuplicateFilter
{
    private readonly Dictionary<string, string> _filesByText = new(StringComparer.Ordinal);

    /// <summary><paramref name="result"/>, or its duplicate record when its text was seen before.</summary>
    public IngestResult Check(IngestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Document is not { } document)
        {
            return result;
        }

        if (_filesByText.TryGetValue(document.Id, out var original))
        {
            return new IngestResult(new IngestRecord(result.Record.File, IngestStatus.Duplicate, $"same text as {original}", document.Id), null);
        }

        _filesByText.Add(document.Id, result.Record.File);
        return result;
    }
}
