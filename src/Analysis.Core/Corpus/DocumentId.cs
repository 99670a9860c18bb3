using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Analysis.Core.Corpus;

/// <summary>
/// Document ids are the first 64 bits of the SHA-256 of the text with runs of whitespace collapsed:
/// stable across runs, machines and file moves, independent of the order files are read in, and equal
/// exactly for text-identical articles, which is how duplicates are recognised. 64 bits keep the chance
/// of an accidental collision below one in a million for a corpus of six million articles.
/// </summary>
internal static class DocumentId
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // The collapsed text and its UTF-8 bytes go to pooled buffers: they live only to be hashed.
        var collapsed = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                collapsed[length++] = ' ';
                pendingSpace = false;
            }

            collapsed[length++] = c;
        }

        var chars = collapsed.AsSpan(0, length);
        var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(Encoding.UTF8.GetMaxByteCount(length), 1));
        var byteCount = Encoding.UTF8.GetBytes(chars, bytes);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes.AsSpan(0, byteCount), hash);
        ArrayPool<byte>.Shared.Return(bytes);
        ArrayPool<char>.Shared.Return(collapsed);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
