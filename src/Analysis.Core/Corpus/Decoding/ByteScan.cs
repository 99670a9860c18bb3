using System.Buffers;

namespace Analysis.Core.Corpus.Decoding;

/// <summary>
/// Counts of the bytes that tell text from binary data and UTF-16 from single-byte encodings: where the
/// NULs fall, how long they run, and how many other control bytes there are.
/// </summary>
/// <param name="Length">Number of bytes scanned.</param>
/// <param name="NulsAtEven">NUL bytes at even offsets (the high bytes of big-endian UTF-16).</param>
/// <param name="NulsAtOdd">NUL bytes at odd offsets (the high bytes of little-endian UTF-16).</param>
/// <param name="LongestNulRun">Length of the longest run of consecutive NUL bytes.</param>
/// <param name="Controls">C0 control bytes that never occur in text (see <see cref="BinaryHeuristics"/>).</param>
internal readonly record struct ByteScan(int Length, int NulsAtEven, int NulsAtOdd, int LongestNulRun, int Controls)
{
    // Below this many high-byte NULs only a flawless pattern is trusted: "Hello\0" is not UTF-16.
    private const int MinimumNulsForUtf16 = 8;

    private static readonly SearchValues<byte> Interesting = SearchValues.Create(InterestingBytes());

    /// <summary>All NUL bytes.</summary>
    public int Nuls => NulsAtEven + NulsAtOdd;

    /// <summary>True when the NULs are too many or too clustered for text.</summary>
    public bool HasBinaryNuls => BinaryHeuristics.TooManyNuls(Nuls, LongestNulRun, Length);

    /// <summary>True when control bytes are too many for text.</summary>
    public bool HasBinaryControls => BinaryHeuristics.TooManyControls(Controls, Length);

    /// <summary>Scans <paramref name="bytes"/> once.</summary>
    public static ByteScan Of(ReadOnlySpan<byte> bytes)
    {
        // Most files hold no NUL or control byte at all; the vectorised search settles them at once.
        int first = bytes.IndexOfAny(Interesting);
        if (first < 0)
        {
            return new ByteScan(bytes.Length, 0, 0, 0, 0);
        }

        int nulsAtEven = 0, nulsAtOdd = 0, run = 0, longestRun = 0, controls = 0;
        for (int i = first; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (b == 0)
            {
                if ((i & 1) == 0)
                {
                    nulsAtEven++;
                }
                else
                {
                    nulsAtOdd++;
                }

                run++;
                longestRun = Math.Max(longestRun, run);
            }
            else
            {
                run = 0;
                if (BinaryHeuristics.IsSuspiciousControl(b))
                {
                    controls++;
                }
            }
        }

        return new ByteScan(bytes.Length, nulsAtEven, nulsAtOdd, longestRun, controls);
    }

    /// <summary>
    /// The byte order of UTF-16 text without a byte order mark, told by its NULs: Latin-script text in
    /// UTF-16 has a NUL high byte in most characters, always on the same side of each pair.
    /// </summary>
    /// <returns><see cref="UnicodeScheme.Utf16LE"/>, <see cref="UnicodeScheme.Utf16BE"/>, or null.</returns>
    public UnicodeScheme? Utf16WithoutBom()
    {
        if (Length < 2)
        {
            return null;
        }

        int evenOffsets = (Length + 1) / 2;
        int oddOffsets = Length / 2;
        if (IsUtf16Pattern(NulsAtOdd, NulsAtEven, oddOffsets))
        {
            return UnicodeScheme.Utf16LE;
        }

        return IsUtf16Pattern(NulsAtEven, NulsAtOdd, evenOffsets) ? UnicodeScheme.Utf16BE : null;
    }

    private bool IsUtf16Pattern(int highSideNuls, int lowSideNuls, int highSideOffsets)
    {
        if (Length % 2 == 0 && lowSideNuls == 0 && highSideNuls == highSideOffsets)
        {
            return true;
        }

        // Non-Latin scripts (Arabic, Cyrillic) still have NUL high bytes for spaces, digits and
        // punctuation, hence only a fifth; a NUL low byte (U+xx00) is rare in any script.
        return highSideNuls >= MinimumNulsForUtf16
            && highSideNuls * 5L >= highSideOffsets
            && lowSideNuls * 20L <= highSideNuls;
    }

    private static byte[] InterestingBytes()
    {
        var bytes = new List<byte> { 0 };
        for (int b = 1; b < 0x20; b++)
        {
            if (BinaryHeuristics.IsSuspiciousControl(b))
            {
                bytes.Add((byte)b);
            }
        }

        return [.. bytes];
    }
}
