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
    private readonly DocumentBuilder _builder = new(new PageSegmenter());

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
        CheckFolder(folder);
        return LoadFolder(folder);
    }

    /// <summary>Throws when <paramref name="folder"/> cannot be a corpus.</summary>
    /// <exception cref="CorpusException">The folder does not exist or is a file.</exception>
    internal static void CheckFolder(string folder)
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
    }

    private IEnumerable<IngestResult> LoadFolder(string folder)
    {
        var duplicates = new DuplicateFilter();
        foreach (var read in Plan(folder))
        {
            foreach (var result in read())
            {
                yield return duplicates.Check(result);
            }
        }
    }

    /// <summary>
    /// The reads a folder takes, in input order: each one reads a file (or one article of a many-article
    /// file, read ahead by the listing) into its ingest results. The listing and the reading of
    /// many-article files happen as the sequence is pulled, on the caller's thread; the reads themselves
    /// (decoding, cleaning, describing) may run on any thread, in any order, since they share no state.
    /// Duplicates are not flagged here: that needs the input order (see <see cref="DuplicateFilter"/>).
    /// </summary>
    internal IEnumerable<Func<IReadOnlyList<IngestResult>>> Plan(string folder)
    {
        foreach (var entry in new CorpusWalker(folder, _options).Walk())
        {
            var extension = Path.GetExtension(entry.RelativePath);
            var format = _formats.GetValueOrDefault(extension);
            var skip = entry.SkipReason ?? SkipReason(entry, extension, format);
            if (skip is not null)
            {
                IReadOnlyList<IngestResult> skipped = [Skipped(entry.RelativePath, skip)];
                yield return () => skipped;
            }
            else if (format is IStreamingArticleFormat streaming)
            {
                foreach (var read in ReadStreamed(entry, streaming))
                {
                    yield return read;
                }
            }
            else
            {
                yield return () => ReadFile(entry, format!);
            }
        }
    }

    private List<IngestResult> ReadFile(CorpusEntry entry, IArticleFormat format)
    {
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

        return bytes.Length == 0 ? [Skipped(entry.RelativePath, "empty file")] : ReadArticles(entry.RelativePath, bytes, format);
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
    private IEnumerable<Func<IReadOnlyList<IngestResult>>> ReadStreamed(CorpusEntry entry, IStreamingArticleFormat format)
    {
        using var file = new StreamedFile(entry, format, _options.MaxFileBytes);
        var any = false;
        while (file.Next() is { } item)
        {
            any = true;
            if (item.Item is null)
            {
                IReadOnlyList<IngestResult> skipped = [Skipped(entry.RelativePath, item.Problem ?? "unreadable")];
                yield return () => skipped;
            }
            else
            {
                yield return () => [ReadArticle($"{entry.RelativePath}#{item.Item}", item)];
            }
        }

        if (!any)
        {
            IReadOnlyList<IngestResult> empty = [Skipped(entry.RelativePath, "no article in the file")];
            yield return () => empty;
        }
    }

    private List<IngestResult> ReadArticles(string file, byte[] bytes, IArticleFormat format)
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
        return items.ConvertAll(item => ReadArticle(multi ? $"{file}#{item.Item}" : file, item));
    }

    private IngestResult ReadArticle(string file, FormatItem item)
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
            document = _builder.Build(item.Article, file);
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

        var notes = item.Article.Notes.ToList();
        if (!document.Segments.Any(s => s.Kind == SegmentKind.Content))
        {
            // Loaded, because the headline is still evidence, but said loudly: prose may have been lost.
            notes.Add("no article prose found, only a headline");
        }

        return new IngestResult(new IngestRecord(file, IngestStatus.Loaded, string.Join("; ", notes), document.Id), document);
    }

    private static IngestResult Skipped(string file, string reason) => new(IngestRecord.Skipped(file, reason), null);
}
