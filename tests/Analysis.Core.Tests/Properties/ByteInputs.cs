using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Analysis.Core.Corpus.Formats;
using Analysis.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Core.Tests.Properties;

/// <summary>A file to load: its extension, its bytes, and how it was made (for the failure message).</summary>
internal sealed record FileCase(string Extension, byte[] Bytes, string How)
{
    public override string ToString() => $"{How} as '{Extension}' ({Bytes.Length} bytes): {PropertyCheck.Show(Bytes)}";

    /// <summary>The same case with fewer bytes, for shrinking.</summary>
    public static IEnumerable<FileCase> Shrink(FileCase input) =>
        PropertyCheck.Smaller(input.Bytes).Select(b => input with { Bytes = b, How = input.How + ", shrunk" });
}

/// <summary>
/// Files the loader must survive: random bytes, and real articles (the seeds) in every container the
/// loader reads (UTF-8, windows-1252 and UTF-16 text, Markdown with front matter, news-please JSON and
/// JSON Lines, HTML), damaged the ways scraped files are: flipped bytes, stray NULs and CRs, invalid
/// UTF-8, truncation, repeated spans, fragments of JSON or HTML spliced in.
/// </summary>
internal static class ByteInputs
{
    /// <summary>The formats by extension, as the loader picks them.</summary>
    public static readonly Dictionary<string, IArticleFormat> Formats =
        new IArticleFormat[] { new PlainTextFormat(), new NewsPleaseFormat(), new NewsPleaseLinesFormat(), new HtmlFormat() }
            .SelectMany(f => f.Extensions.Select(e => (e, f)))
            .ToDictionary(p => p.e, p => p.f, StringComparer.OrdinalIgnoreCase);

    public static readonly string[] Extensions = [.. Formats.Keys.Order(StringComparer.Ordinal)];

    private static readonly JsonSerializerOptions RawUtf8 = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Splices =
    [
        "\0", "\r", "\r\n", "\n\n", "\u00A0", "\u2028", "\uFEFF", "\u0301", "\u200F", "😀", "’", "«", "»",
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u2028", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u0000", "null", "{\"title\": \"x\"}",
        "\n{\"maintext\": \"Le Mali.\"}\n", "\"title\": 3,", "\"maintext\": [],", "\"authors\": {\"a\": 1},", "\"date_publish\": \"2023-02-30\",",
        "<", ">", "<p>", "</p>", "<br>", "<h1>", "</h1>", "<article>", "</article>", "<nav>", "</nav>", "<main>", "<script>", "</script>",
        "<!--", "-->", "<![CDATA[", "&amp;", "&#0;", "&#13;", "&#x301;", "&#xD800;", "&nbsp;", "<meta property=\"og:title\" content=\"\">",
        "<meta property=\"article:published_time\" content=\"2024-13-45\">", "<time datetime=\"0000-00-00\">", "<html lang=\"\">",
        "---\n", "---\n---\n", "title: [\n", "date: 2023-08\n", "\n---", "authors: {a: [\n", "? ", "- ", "&a ", "*a", "<<: *a\n", "!!binary ", "|\n", ">-\n", "%YAML 1.2\n", "\t", ": ", "'", "#", "Publié le 2 mars 2023", "Par ", "© ", "(VDP)", "A LIRE AUSSI",
    ];

    private static readonly Lazy<(string Name, string Text)[]> Seeds = new(() =>
        [.. Directory.GetFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f)))]);

    /// <summary>Any of the generators below.</summary>
    public static Gen<FileCase> Any() => Gen.Frequency((1, RandomBytes()), (1, TextLikeBytes()), (4, MutatedArticles()));

    /// <summary>Uniformly random bytes, up to about 4 KB, under any extension.</summary>
    public static Gen<FileCase> RandomBytes() =>
        from extension in Gen.Elements(Extensions)
        from bytes in Gen.Sized(size => Gen.Choose(0, 40 * size)).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n))
        select new FileCase(extension, bytes, "random bytes");

    /// <summary>Bytes that are mostly text: ASCII words, UTF-8 accents, line breaks, and some noise.</summary>
    public static Gen<FileCase> TextLikeBytes()
    {
        var piece = Gen.Frequency(
            (8, Gen.Elements("Le ", "Mali ", "Niger. ", "Assimi Goïta ", "le 29 août 2023 ", "\n", "\n\n", "\r\n", " ", ", ", "{\"title\":", "<p>").Select(Encoding.UTF8.GetBytes)),
            (2, Gen.Choose(0, 255).Select(b => new[] { (byte)b })),
            (1, Gen.Elements<byte[]>([0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x9F], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0xFE, 0xFF], [0x00])));
        return from extension in Gen.Elements(Extensions)
               from pieces in Gen.Sized(size => Gen.Choose(0, 6 * size)).SelectMany(n => Gen.ListOf(piece, n))
               select new FileCase(extension, [.. pieces.SelectMany(p => p)], "text-like bytes");
    }

    /// <summary>A seed article in some container, with one to five mutations, usually under its own extension.</summary>
    public static Gen<FileCase> MutatedArticles() =>
        from container in Containers()
        from count in Gen.Choose(1, 5)
        from mutations in Gen.ListOf(Mutation(), count)
        from other in Gen.Elements(Extensions)
        from keep in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new FileCase(
            keep ? container.Extension : other,
            mutations.Aggregate(container.Bytes, (bytes, m) => m.Apply(bytes)),
            $"{container.How} + {string.Join(", ", mutations.Select(m => m.Name))}");

    /// <summary>About 100 KB: forty seed articles end to end in one UTF-8 container (text, Markdown, JSON Lines, HTML), damaged.</summary>
    public static Gen<FileCase> Large()
    {
        var seeds = Seeds.Value;
        return from kind in Gen.Elements(0, 3, 6, 7)
               from parts in Gen.ListOf(Gen.Elements(seeds), 40)
               from count in Gen.Choose(1, 5)
               from mutations in Gen.ListOf(Mutation(), count)
               let files = parts.Select(seed => Container(kind, seed, seed)).ToList()
               select new FileCase(
                   files[0].Extension,
                   mutations.Aggregate(files.SelectMany(f => f.Bytes.Append((byte)'\n')).ToArray(), (bytes, m) => m.Apply(bytes)),
                   $"40 articles ({files[0].How}, …) + {string.Join(", ", mutations.Select(m => m.Name))}");
    }

    /// <summary>The seed articles as files of every format the loader reads, undamaged.</summary>
    public static Gen<FileCase> Containers()
    {
        var seeds = Seeds.Value;
        return from seed in Gen.Elements(seeds)
               from other in Gen.Elements(seeds)
               from kind in Gen.Choose(0, 8)
               select Container(kind, seed, other);
    }

    private static FileCase Container(int kind, (string Name, string Text) seed, (string Name, string Text) other)
    {
        var (title, body) = Split(seed.Text);
        return kind switch
        {
            0 => new(".txt", Encoding.UTF8.GetBytes(seed.Text), seed.Name),
            1 => new(".txt", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(seed.Text), seed.Name + " in windows-1252"),
            2 => new(".txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(seed.Text)], seed.Name + " in UTF-16LE"),
            3 => new(".md", Encoding.UTF8.GetBytes($"---\ntitle: \"{title}\"\ndate: 2023-08-29\nauthors: [A. B]\n---\n{body}"), seed.Name + " with front matter"),
            4 => new(".json", JsonSerializer.SerializeToUtf8Bytes(NewsPlease(seed.Text)), seed.Name + " as news-please JSON"),
            5 => new(".json", JsonSerializer.SerializeToUtf8Bytes(new[] { NewsPlease(seed.Text), NewsPlease(other.Text) }, RawUtf8), seed.Name + " in a JSON array"),
            6 => new(".jsonl", Encoding.UTF8.GetBytes(string.Join('\n', new[] { seed, other }.Select(s => JsonSerializer.Serialize(NewsPlease(s.Text), RawUtf8)))), seed.Name + " as JSON Lines"),
            _ => new(".html", Encoding.UTF8.GetBytes(Html(title, body)), seed.Name + " as HTML"),
        };
    }

    private static (string Title, string Body) Split(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var title = lines.Skip(1).FirstOrDefault() ?? string.Empty;
        return (title.Replace("\"", "'", StringComparison.Ordinal), string.Join("\n\n", lines.Skip(2)));
    }

    private static Dictionary<string, object> NewsPlease(string text)
    {
        var (title, body) = Split(text);
        return new()
        {
            ["title"] = title, ["maintext"] = body, ["description"] = body.Split('\n')[0], ["date_publish"] = "2023-08-29 10:12:00",
            ["authors"] = new[] { "Rédaction" }, ["language"] = "fr", ["source_domain"] = "sahel.example", ["url"] = "https://sahel.example/a",
        };
    }

    private static string Html(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{title} | Site</title>"
        + $"<meta property=\"og:title\" content=\"{title}\"><meta property=\"article:published_time\" content=\"2024-11-06T10:00:00+00:00\"></head>"
        + "<body><nav><a href=\"/\">Accueil</a> | <a href=\"/p\">Politique</a></nav><div class=\"sidebar widget\">Les plus lus</div>"
        + $"<article><h1>{title}</h1><p class=\"byline\">Par <span itemprop=\"author\">A. B</span></p>"
        + string.Concat(body.Split("\n\n").Select(p => $"<p>{p}</p>\n"))
        + "</article><footer>© 2024 Sahel Example. Tous droits réservés.</footer><script>var x = '<p>';</script></body></html>";

    private static Gen<Mutation> Mutation()
    {
        // The start of a file matters most (byte order marks, front matter, the JSON root): it gets its share.
        var position = Gen.Frequency((1, Gen.Constant(0)), (8, Gen.Choose(0, 1_000_000)));
        var randomBytes = Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n));
        return Gen.OneOf(
            Gen.Zip(position, Gen.Choose(1, 255)).Select(p => new Mutation("flip a byte", b => Flip(b, p.Item1, p.Item2))),
            Gen.Zip(position, randomBytes).Select(p => new Mutation("insert random bytes", b => Insert(b, p.Item1, p.Item2))),
            Gen.Zip(position, Gen.Elements<byte[]>([0], [0, 0, 0], [0xC3], [0x80], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [(byte)'\r'], [0x0C], [0x1B])).Select(p => new Mutation($"insert {Convert.ToHexString(p.Item2)}", b => Insert(b, p.Item1, p.Item2))),
            Gen.Zip(position, Gen.Elements(Splices)).Select(p => new Mutation($"splice {PropertyCheck.Show(p.Item2)}", b => Insert(b, p.Item1, Encoding.UTF8.GetBytes(p.Item2)))),
            position.Select(p => new Mutation("truncate", b => b.Length == 0 ? b : b[..(p % b.Length)])),
            Gen.Zip(position, Gen.Zip(position, Gen.Choose(1, 400))).Select(p => new Mutation("duplicate a span", b => Duplicate(b, p.Item1, p.Item2.Item1, p.Item2.Item2))),
            Gen.Zip(position, Gen.Choose(1, 200)).Select(p => new Mutation("delete a span", b => Delete(b, p.Item1, p.Item2))));
    }

    private static byte[] Flip(byte[] bytes, int at, int mask)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var copy = (byte[])bytes.Clone();
        copy[at % copy.Length] ^= (byte)mask;
        return copy;
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] inserted)
    {
        var i = at % (bytes.Length + 1);
        return [.. bytes.AsSpan(0, i), .. inserted, .. bytes.AsSpan(i)];
    }

    private static byte[] Duplicate(byte[] bytes, int from, int to, int length)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var start = from % bytes.Length;
        var span = bytes.AsSpan(start, Math.Min(length, bytes.Length - start)).ToArray();
        return Insert(bytes, to, span);
    }

    private static byte[] Delete(byte[] bytes, int at, int length)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var start = at % bytes.Length;
        return [.. bytes.AsSpan(0, start), .. bytes.AsSpan(Math.Min(bytes.Length, start + length))];
    }
}

/// <summary>One damage done to a file's bytes, named for the failure message.</summary>
internal sealed record Mutation(string Name, Func<byte[], byte[]> Apply);
