using System.Text;

namespace Analysis.Benchmarks.Inputs;

/// <summary>The files of one <see cref="InputSet"/>, as the loader would read them from disk.</summary>
public sealed class ArticleSet
{
    private static readonly Lazy<Dictionary<InputSet, ArticleSet>> Sets = new(Build);

    private ArticleSet(InputSet kind, IReadOnlyList<byte[]> files)
    {
        Kind = kind;
        Files = files;
    }

    /// <summary>Which set this is.</summary>
    public InputSet Kind { get; }

    /// <summary>Each article's file content.</summary>
    public IReadOnlyList<byte[]> Files { get; }

    /// <summary>Number of articles: what one benchmark operation processes.</summary>
    public int Articles => Files.Count;

    /// <summary>Bytes of all the files: the basis of the MB/s column.</summary>
    public long Bytes => Files.Sum(f => (long)f.Length);

    /// <summary>The set, built from the seeds folder on first use and then shared.</summary>
    public static ArticleSet Of(InputSet kind) => Sets.Value[kind];

    private static Dictionary<InputSet, ArticleSet> Build()
    {
        // Windows-1252 is not built into .NET; the library registers the same provider when it needs it.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var folder = SeedFolder.Locate();
        var seeds = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        if (seeds.Count == 0)
        {
            throw new InvalidOperationException($"'{folder}' holds no .txt article to benchmark with.");
        }

        var texts = seeds.Select(b => Encoding.UTF8.GetString(b)).ToList();
        var windows1252 = Encoding.GetEncoding(1252);
        return new Dictionary<InputSet, ArticleSet>
        {
            [InputSet.Seeds] = new(InputSet.Seeds, seeds),
            [InputSet.Seeds1252] = new(InputSet.Seeds1252, [.. texts.Select(t => windows1252.GetBytes(t.ReplaceLineEndings("\r\n")))]),
            [InputSet.LongPage] = new(InputSet.LongPage, [Encoding.UTF8.GetBytes(string.Join("\n\n", texts))]),
        };
    }
}
