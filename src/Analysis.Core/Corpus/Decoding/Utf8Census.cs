using System.Buffers;
using System.Text;

namespace Analysis.Core.Corpus.Decoding;

/// <summary>
/// How much of a byte sequence that is not strictly valid UTF-8 still looks like UTF-8: valid
/// multi-byte sequences against invalid ones, the latter counted as the decoder will replace them.
/// </summary>
/// <param name="MultiByteSequences">Well-formed sequences of two to four bytes.</param>
/// <param name="InvalidSequences">
/// Ill-formed sequences, each a maximal subpart in Unicode's sense, so each becomes exactly one U+FFFD
/// when the bytes are decoded as UTF-8.
/// </param>
internal readonly record struct Utf8Census(int MultiByteSequences, int InvalidSequences)
{
    // A legacy-encoded French text has almost no valid multi-byte sequence (é followed by a letter is
    // invalid), so "clearly" can be strict without losing damaged UTF-8.
    private const int ValidPerInvalid = 4;

    /// <summary>
    /// True when valid multi-byte sequences clearly outnumber invalid ones, so the bytes are damaged
    /// UTF-8 rather than a legacy encoding.
    /// </summary>
    public bool IsMostlyUtf8 => MultiByteSequences >= ValidPerInvalid * (long)InvalidSequences;

    /// <summary>Counts the sequences in <paramref name="bytes"/>.</summary>
    public static Utf8Census Of(ReadOnlySpan<byte> bytes)
    {
        int multiByte = 0, invalid = 0;
        int i = 0;
        while (i < bytes.Length)
        {
            // ASCII runs are skipped with a vectorised search; only non-ASCII bytes are decoded one by one.
            int nonAscii = bytes[i..].IndexOfAnyExceptInRange((byte)0x00, (byte)0x7F);
            if (nonAscii < 0)
            {
                break;
            }

            i += nonAscii;
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed);
            if (status == OperationStatus.Done)
            {
                multiByte++;
            }
            else
            {
                invalid++;
            }

            i += Math.Max(consumed, 1);
        }

        return new Utf8Census(multiByte, invalid);
    }
}
