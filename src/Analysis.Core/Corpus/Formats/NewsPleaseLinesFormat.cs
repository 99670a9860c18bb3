using System.Text.Json;
using Analysis.Core.Corpus.Decoding;

namespace Analysis.Core.Corpus.Formats;

/// <summary>
/// news-please output as JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>): one article per line. A malformed
/// line is reported with its number and the other lines still load. Files are read line by line, so a
/// dump of any size loads; the size limit applies to each line.
/// </summary>
internal sealed class NewsPleaseLinesFormat : IStreamingArticleFormat
{
    // Enough to recognise a binary file by its signature and a UTF-16 file by its byte order mark.
    private const int HeadBytes = 4096;

    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    public IEnumerable<FormatItem> Read(byte[] bytes)
    {
        var decoded = ByteText.DecodeOnly(bytes);
        return decoded.Problem is not null ? [FormatItem.Failed(decoded.Problem)] : ReadLines(decoded);
    }

    public IEnumerable<FormatItem> Read(Stream stream, long maxItemBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var head = new byte[HeadBytes];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (BinarySignatures.Identify(head.AsSpan(0, length)) is { } binary)
        {
            return [FormatItem.Failed($"binary file ({binary})")];
        }

        // Rare files whose lines do not end in the byte LF are read whole, within the limit: UTF-16 and
        // UTF-32 (a NUL byte at once, with or without a byte order mark) and old Mac files ending lines in CR.
        var start = head.AsSpan(0, length);
        if (start.Contains((byte)0) || (start.Contains((byte)'\r') && !start.Contains((byte)'\n')))
        {
            return StreamBytes.AtMost(stream, maxItemBytes) is { } bytes
                ? Read(bytes)
                : [FormatItem.Failed($"too large: a JSON Lines file in UTF-16 or with CR line ends is read whole, and this one is over the {ByteSize.Format(maxItemBytes)} limit per file")];
        }

        return ReadLines(stream, maxItemBytes);
    }

    internal static IEnumerable<FormatItem> ReadLines(ByteText decoded)
    {
        var lineNumber = 0;
        // JSON escapes CR and LF inside strings, so either one ends a record; U+2028 may stand raw in a string.
        foreach (var line in decoded.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return ReadLine(line, decoded, lineNumber);
            }
        }
    }

    private static IEnumerable<FormatItem> ReadLines(Stream stream, long maxLineBytes)
    {
        foreach (var line in StreamBytes.Lines(stream, maxLineBytes))
        {
            if (line.Bytes is null)
            {
                yield return FormatItem.Failed($"line {line.Number}: too large, over the {ByteSize.Format(maxLineBytes)} limit per article", line.Number);
                continue;
            }

            // Each line is decoded on its own: one line in another encoding, or with bad bytes, stays its own problem.
            var decoded = ByteText.DecodeOnly(line.Bytes);
            if (decoded.Problem is not null)
            {
                yield return FormatItem.Failed($"line {line.Number}: {decoded.Problem}", line.Number);
            }
            else if (!string.IsNullOrWhiteSpace(decoded.Text))
            {
                yield return ReadLine(decoded.Text, decoded, line.Number);
            }
        }
    }

    private static FormatItem ReadLine(string line, ByteText decoded, int lineNumber)
    {
        try
        {
            using var json = JsonDocument.Parse(line, NewsPleaseArticle.JsonOptions);
            return NewsPleaseArticle.Read(json.RootElement, decoded, lineNumber);
        }
        catch (JsonException ex)
        {
            return FormatItem.Failed($"line {lineNumber}: malformed JSON ({NewsPleaseArticle.FirstSentence(ex.Message)})", lineNumber);
        }
        catch (InvalidOperationException ex)
        {
            // System.Text.Json throws this for what it parses but cannot give as .NET text, such as a
            // property name escaping half a surrogate pair: that line is lost, not the file.
            return FormatItem.Failed($"line {lineNumber}: unreadable JSON ({NewsPleaseArticle.FirstSentence(ex.Message)})", lineNumber);
        }
    }
}
