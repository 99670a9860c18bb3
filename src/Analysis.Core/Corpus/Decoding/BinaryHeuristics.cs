namespace Analysis.Core.Corpus.Decoding;

/// <summary>
/// Where stray NULs and control characters stop being noise in a text and start meaning binary data.
/// The same thresholds apply to bytes and to characters decoded from UTF-16 or UTF-32.
/// </summary>
internal static class BinaryHeuristics
{
    /// <summary>A few NULs are tolerated whatever the file's size (scraper bugs, C string terminators).</summary>
    public const int ToleratedNuls = 3;

    /// <summary>Text never holds this many NULs in a row; binary formats pad with them all the time.</summary>
    public const int LongNulRun = 4;

    /// <summary>A few control characters are tolerated whatever the file's size.</summary>
    public const int ToleratedControls = 3;

    /// <summary>
    /// True for the C0 control characters that do not occur in text. Tab, LF, VT, FF and CR are
    /// line layout; ESC introduces ISO-2022 and terminal escape sequences; NUL is counted apart.
    /// </summary>
    public static bool IsSuspiciousControl(int value) =>
        value is (>= 0x01 and <= 0x08) or (>= 0x0E and <= 0x1A) or (>= 0x1C and <= 0x1F);

    /// <summary>True when NULs are too many (over 1%) or too long a run for text with stray NULs.</summary>
    public static bool TooManyNuls(int count, int longestRun, int length) =>
        longestRun >= LongNulRun || (count > ToleratedNuls && count * 100L > length);

    /// <summary>True when control characters make up more than 2% of the data.</summary>
    public static bool TooManyControls(int count, int length) =>
        count > ToleratedControls && count * 50L > length;
}
