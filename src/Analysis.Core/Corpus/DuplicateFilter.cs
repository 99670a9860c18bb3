using System.Text;

namespace Analysis.Core.Corpus;

/// <summary>
/// Marks an article whose text was already loaded from an earlier file as a duplicate of that file. The
/// first file in input order keeps the article, so this runs in input order, after the (parallel) reads.
/// </summary>
/// <remarks>
/// It remembers every article of the run, so it is kept small: an id as its 64 bits
/// (<see cref="DocumentId.Key"/>) and the file's path as UTF-8 in one shared buffer, ~28 bytes an article
/// plus its path (16 bytes for the generated corpus's "0123/0123456.txt"; about 140 in all as a dictionary
/// of id and path strings).
/// </remarks>
internal sealed class DuplicateFilter
{
    private readonly Dictionary<ulong, PathPlace> _filesByText = [];
    private byte[] _paths = new byte[4096];
    private int _used;

    /// <summary><paramref name="result"/>, or its duplicate record when its text was seen before.</summary>
    public IngestResult Check(IngestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Document is not { } document)
        {
            return result;
        }

        var key = DocumentId.Key(document.Id);
        if (_filesByText.TryGetValue(key, out var original))
        {
            var file = Encoding.UTF8.GetString(_paths, original.Start, original.Length);
            return new IngestResult(new IngestRecord(result.Record.File, IngestStatus.Duplicate, $"same text as {file}", document.Id), null);
        }

        _filesByText.Add(key, Remember(result.Record.File));
        return result;
    }

    private PathPlace Remember(string file)
    {
        var length = Encoding.UTF8.GetByteCount(file);
        if ((long)_used + length > _paths.Length)
        {
            // Doubling, as a list would, up to the largest array .NET allows (2 GB of paths: tens of millions).
            var size = Math.Max((long)_used + length, Math.Min(Array.MaxLength, 2L * _paths.Length));
            if (size > Array.MaxLength)
            {
                throw new InvalidOperationException("The paths of the files read so far exceed the 2 GB kept to name the originals of duplicates.");
            }

            Array.Resize(ref _paths, (int)size);
        }

        var start = _used;
        _used += Encoding.UTF8.GetBytes(file, _paths.AsSpan(start));
        return new PathPlace(start, length);
    }

    // Where a file's path is in the shared buffer.
    private readonly record struct PathPlace(int Start, int Length);
}
