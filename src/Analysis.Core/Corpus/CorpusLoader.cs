using Analysis.Core.Corpus.Cleaning;
using Analysis.Core.Corpus.Formats;

namespace Analysis.Core.Corpus;

/// <summary>
/// Reads a corpus folder into documents, one file at a time: <see cref="Load"/> is a lazy sequence the
/// rest of the pipeline pulls from, so the corpus is never held in memory. Every file (and every article
/// of a multi-article file) ends in exactly one ingest record: loaded, duplicate or skipped with a reason.
/// One bad file never stops the run.
/// </summary>
public sealed class CorpusLoader
{
    private readonly CorpusOptions _options;
    private readonly Dictionary<string, IArticleFormat> _formats;

    /// <summary>Creates a loader.</summary>
    public CorpusLoader(CorpusOptions? options = null)
    {
        _options = options ?? CorpusOptions.Default;
        var html = new HtmlFormat(_options.HtmlParseBudget);
        IArticleFormat[] formats = [new PlainTextFormat(html), new NewsPleaseFormat(), new NewsPleaseLinesFormat(), html];
        _formats = formats.SelectMany(f => f.Extensions.Select(e => (e, f))).ToDictionary(p => p.e, p => p.f, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The file extensions read, such as ".txt".</summary>
    public IReadOnlyCollection<string> SupportedExtensions => _formats.Keys;

    /// <summary>Loads a whole folder into memory: convenient for notebooks and small corpora.</summary>
    /// <exception cref="CorpusException">The folder does not exist or cannot be read.</exception>
    public static LoadedCorpus LoadAll(string folder, CorpusOptions? options = null)
    {
        var documents = new List<Document>();
        var ingest = new List<IngestRecord>();
        foreach (var result in new CorpusLoader(options).Load(folder))
        {
            ingest.Add(result.Record);
            if (result.Document is not null)
            {
                documents.Add(result.Document);
            }
        }

        return new LoadedCorpus(Path.GetFullPath(folder), documents, ingest);
    }

    /// <summary>Reads <paramref name="folder"/> recursively, yielding one result per file or article as it goes.</summary>
    /// <exception cref="CorpusException">The folder does not exist or is not a folder (thrown at once, not when enumerating).</exception>
    public IEnumerable<IngestResult> Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (File.Exists(folder))
        {
            throw new CorpusException($"'{folder}' is a file; the corpus must be a folder of articles.");
        }

        if (!Directory.Exists(folder))
        {
            throw new CorpusException($"The corpus folder '{folder}' does not exist.");
        }

        return LoadFolder(folder);
    }

    private IEnumerable<IngestResult> LoadFolder(string folder)
    {
        var session = new LoadSession(new CorpusWalker(folder, _options));
        foreach (var entry in session.Walker.Walk())
        {
            foreach (var result in LoadEntry(entry, session))
            {
                yield return result;
            }
        }
    }

    private IEnumerable<IngestResult> LoadEntry(CorpusEntry entry, LoadSession session)
    {
        var extension = Path.GetExtension(entry.RelativePath);
        var format = _formats.GetValueOrDefault(extension);
        var skip = entry.SkipReason ?? SkipReason(entry, extension, format);
        if (skip is not null)
        {
            return [Skipped(entry.RelativePath, skip)];
        }

        if (format is IStreamingArticleFormat streaming)
        {
            return ReadStreamed(entry, streaming, session);
        }

        byte[]? bytes;
        try
        {
            using var stream = new FileStream(entry.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            bytes = StreamBytes.AtMost(stream, _options.MaxFileBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [Skipped(entry.RelativePath, ReadProblem.Of(entry.RelativePath, ex))];
        }

        if (bytes is null)
        {
            return [Skipped(entry.RelativePath, TooLarge(entry.Length))];
        }

        return bytes.Length == 0 ? [Skipped(entry.RelativePath, "empty file")] : ReadArticles(entry.RelativePath, bytes, format!, session);
    }

    private string? SkipReason(CorpusEntry entry, string extension, IArticleFormat? format)
    {
        var name = Path.GetFileName(entry.RelativePath);
        if (_options.DocumentationFileNames.Contains(name))
        {
            return "folder documentation (README, LICENSE …), not an article";
        }

        if (format is null)
        {
            return extension.Length == 0
                ? "no file extension: type unknown (supported: " + string.Join(", ", _formats.Keys.Order(StringComparer.Ordinal)) + ")"
                : $"unsupported file type '{extension}' (supported: {string.Join(", ", _formats.Keys.Order(StringComparer.Ordinal))})";
        }

        if (entry.Length == 0)
        {
            return "empty file";
        }

        // A file of many articles is read one article at a time: its size alone says nothing.
        return entry.Length > _options.MaxFileBytes && format is not IStreamingArticleFormat ? TooLarge(entry.Length) : null;
    }

    private string TooLarge(long length) => length > _options.MaxFileBytes
        ? $"too large: {ByteSize.Format(length)}, over the {ByteSize.Format(_options.MaxFileBytes)} limit per file"
        : $"too large: grew past the {ByteSize.Format(_options.MaxFileBytes)} limit per file while being read";

    // The articles of a many-article file as they are pulled: the file stays open until the last one.
    private IEnumerable<IngestResult> ReadStreamed(CorpusEntry entry, IStreamingArticleFormat format, LoadSession session)
    {
        using var file = new StreamedFile(entry, format, _options.MaxFileBytes);
        var any = false;
        while (file.Next() is { } item)
        {
            any = true;
            yield return item.Item is null
                ? Skipped(entry.RelativePath, item.Problem ?? "unreadable")
                : ReadArticle($"{entry.RelativePath}#{item.Item}", item, session);
        }

        if (!any)
        {
            yield return Skipped(entry.RelativePath, "no article in the file");
        }
    }

    private static IEnumerable<IngestResult> ReadArticles(string file, byte[] bytes, IArticleFormat format, LoadSession session)
    {
        List<FormatItem> items;
        try
        {
            items = [.. format.Read(bytes)];
        }
#pragma warning disable CA1031 // One unreadable file must not end the run; its fate is recorded instead.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return [Skipped(file, $"could not be read: {ex.GetType().Name}: {ex.Message}")];
        }

        if (items.Count == 0)
        {
            return [Skipped(file, "no article in the file")];
        }

        var multi = items.Count > 1 || items[0].Item is not null;
        return items.Select(item => ReadArticle(multi ? $"{file}#{item.Item}" : file, item, session));
    }

    private static IngestResult ReadArticle(string file, FormatItem item, LoadSession session)
    {
        if (item.Article is null)
        {
            return Skipped(file, item.Problem ?? "unreadable");
        }

        if (string.IsNullOrWhiteSpace(item.Article.Text))
        {
            return Skipped(file, "no text: empty or whitespace only");
        }

        Document document;
        try
        {
            document = session.Builder.Build(item.Article, file);
        }
#pragma warning disable CA1031 // A defect on one article must cost that article only; its fate is recorded.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Skipped(file, $"could not be processed: {ex.GetType().Name}: {ex.Message}");
        }

        if (!document.Segments.Any(s => s.IsArticleText))
        {
            var rules = string.Join(", ", document.Segments.Select(s => s.Rule).Distinct().Take(4));
            return Skipped(file, $"no article text, only page furniture ({rules})");
        }

        if (session.FirstFileWithText(document.Id, file) is { } original)
        {
            return new IngestResult(new IngestRecord(file, IngestStatus.Duplicate, $"same text as {original}", document.Id), null);
        }

        var notes = item.Article.Notes.ToList();
        if (!document.Segments.Any(s => s.Kind == SegmentKind.Content))
        {
            // Loaded, because the headline is still evidence, but said loudly: prose may have been lost.
            notes.Add("no article prose found, only a headline");
        }

        return new IngestResult(new IngestRecord(file, IngestStatus.Loaded, string.Join("; ", notes), document.Id), document);
    }

    private static IngestResult Skipped(string file, string reason) => new(IngestRecord.Skipped(file, reason), null);

    /// <summary>State of one pass over a folder: the documents seen, for duplicates.</summary>
    private sealed class LoadSession(CorpusWalker walker)
    {
        private readonly Dictionary<string, string> _filesByText = new(StringComparer.Ordinal);

        public CorpusWalker Walker { get; } = walker;

        public DocumentBuilder Builder { get; } = new(new PageSegmenter());

        /// <summary>The first article with this text, or null (and <paramref name="file"/> is remembered).</summary>
        public string? FirstFileWithText(string documentId, string file)
        {
            if (_filesByText.TryGetValue(documentId, out var first))
            {
                return first;
            }

            _filesByText[documentId] = file;
            return null;
        }
    }
}
