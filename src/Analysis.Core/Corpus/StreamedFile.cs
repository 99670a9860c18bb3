using Analysis.Core.Corpus.Formats;

namespace Analysis.Core.Corpus;

/// <summary>
/// A many-article file read one article at a time, opened on the first pull and closed when disposed.
/// Whatever goes wrong while reading it (the file removed, truncated or unreadable, a defect in the
/// format) ends the file with one failed item that says where, never the run.
/// </summary>
internal sealed class StreamedFile(CorpusEntry entry, IStreamingArticleFormat format, long maxItemBytes) : IDisposable
{
    private FileStream? _stream;
    private IEnumerator<FormatItem>? _items;
    private int _line;
    private bool _done;

    /// <summary>The next item, or null when the file is done.</summary>
    public FormatItem? Next()
    {
        if (_done)
        {
            return null;
        }

        try
        {
            if (_items is null)
            {
                _stream = new FileStream(entry.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
                _items = format.Read(_stream, maxItemBytes).GetEnumerator();
            }

            if (!_items.MoveNext())
            {
                _done = true;
                return null;
            }

            _line = _items.Current.Item ?? _line;
            return _items.Current;
        }
#pragma warning disable CA1031 // One file's failure must cost that file only; its fate is recorded.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _done = true;
            return _line == 0
                ? FormatItem.Failed(ReadProblem.Of(entry.RelativePath, ex))
                : FormatItem.Failed($"could not be read after line {_line}: {ex.Message}", _line + 1);
        }
    }

    public void Dispose()
    {
        _items?.Dispose();
        _stream?.Dispose();
    }
}
