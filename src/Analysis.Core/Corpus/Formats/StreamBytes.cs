using System.Buffers;

namespace Analysis.Core.Corpus.Formats;

/// <summary>Reads files with a bound on the memory they may take, whatever their size.</summary>
internal static class StreamBytes
{
    /// <summary>
    /// The stream's lines, split at LF without reading it whole, so a JSON Lines file of any size costs
    /// the memory of its longest line; a line over the limit is skipped to its end and reported, not held.
    /// </summary>
    public static IEnumerable<ByteLine> Lines(Stream stream, long maxLineBytes)
    {
        var chunk = new byte[1 << 16];
        using var line = new MemoryStream();
        var number = 1;
        var tooLong = false;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var end = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                var piece = (end < 0 ? read : end) - start;
                tooLong = tooLong || line.Length + piece > maxLineBytes;
                if (!tooLong)
                {
                    line.Write(chunk, start, piece);
                }

                if (end < 0)
                {
                    break;
                }

                yield return new ByteLine(number++, tooLong ? null : line.ToArray());
                line.SetLength(0);
                tooLong = false;
                start = end + 1;
            }
        }

        if (tooLong || line.Length > 0)
        {
            yield return new ByteLine(number, tooLong ? null : line.ToArray());
        }
    }

    /// <summary>
    /// Reads at most <paramref name="limit"/> bytes, and null if there are more: a listed size can be
    /// stale (a file still being written) or meaningless (a link to a device), so the read itself is capped.
    /// </summary>
    public static byte[]? AtMost(Stream stream, long limit)
    {
        // Most files are as long as listed: one array of that size, and no 80 KB chunk to allocate and clear
        // per file (at a hundred thousand files, 8 GB of garbage). The listed size is only a first guess.
        var listed = stream.CanSeek ? Math.Clamp(stream.Length - stream.Position, 0, Math.Max(0, Math.Min(limit, Array.MaxLength))) : 0;
        var bytes = new byte[listed];
        var filled = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (filled < bytes.Length)
        {
            return bytes[..filled];
        }

        var next = stream.ReadByte();
        return next < 0 ? bytes : ReadOn(stream, limit, bytes, (byte)next);
    }

    // The rest of a file that grew since it was listed, or whose size is not known beforehand (a pipe, a
    // /proc file listed as empty): read in pooled chunks, capped at the limit.
    private static byte[]? ReadOn(Stream stream, long limit, byte[] start, byte next)
    {
        if (start.LongLength + 1 > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream((int)Math.Min(start.LongLength + (1 << 16), Math.Min(limit, Array.MaxLength)));
        buffer.Write(start);
        buffer.WriteByte(next);
        var chunk = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}

/// <summary>One line of a stream.</summary>
/// <param name="Number">Its line number, from 1.</param>
/// <param name="Bytes">Its bytes without the LF, or null when it was longer than the limit.</param>
internal sealed record ByteLine(int Number, byte[]? Bytes);
