using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Analysis.Core.Text;

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

    /// <summary>
    /// The 64 bits <paramref name="id"/> stands for, to keep a run's ids as numbers rather than strings: the
    /// hash itself for the ids <see cref="Of"/> makes (16 hexadecimal digits), so two of them share a key only
    /// when they are the same id, and a <see cref="StableHash"/> of any other id (documents made in code).
    /// </summary>
    public static ulong Key(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id.Length == 16 && ulong.TryParse(id, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var bits) && IsLowerHex(id)
            ? bits
            : StableHash.Of(id);
    }

    // "ABCDEF0123456789" parses to the same bits as its lower-case form but is another id.
    private static bool IsLowerHex(string id) => !id.AsSpan().ContainsAnyInRange('A', 'F');
}
