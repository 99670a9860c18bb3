namespace Analysis.Core.Corpus.Decoding;

/// <summary>
/// The reverse of reading bytes as windows-1252: the byte a character came from. Written out rather
/// than asked of the code page so that it can also accept the C1 controls that ISO-8859-1 readers and
/// windows-1252's five unassigned bytes leave behind.
/// </summary>
internal static class Windows1252Bytes
{
    /// <summary>
    /// The byte that windows-1252 (or ISO-8859-1) decodes to <paramref name="c"/>.
    /// </summary>
    /// <returns>False when no byte decodes to <paramref name="c"/>.</returns>
    public static bool TryGetByte(char c, out byte value)
    {
        if (c <= '\u00FF')
        {
            value = (byte)c;
            return true;
        }

        value = c switch
        {
            '\u20AC' => 0x80, // €
            '\u201A' => 0x82, // ‚
            '\u0192' => 0x83, // ƒ
            '\u201E' => 0x84, // „
            '\u2026' => 0x85, // …
            '\u2020' => 0x86, // †
            '\u2021' => 0x87, // ‡
            '\u02C6' => 0x88, // ˆ
            '\u2030' => 0x89, // ‰
            '\u0160' => 0x8A, // Š
            '\u2039' => 0x8B, // ‹
            '\u0152' => 0x8C, // Œ
            '\u017D' => 0x8E, // Ž
            '\u2018' => 0x91, // ‘
            '\u2019' => 0x92, // ’
            '\u201C' => 0x93, // “
            '\u201D' => 0x94, // ”
            '\u2022' => 0x95, // •
            '\u2013' => 0x96, // –
            '\u2014' => 0x97, // —
            '\u02DC' => 0x98, // ˜
            '\u2122' => 0x99, // ™
            '\u0161' => 0x9A, // š
            '\u203A' => 0x9B, // ›
            '\u0153' => 0x9C, // œ
            '\u017E' => 0x9E, // ž
            '\u0178' => 0x9F, // Ÿ
            _ => 0,
        };
        return value != 0;
    }

    /// <summary>
    /// True when <paramref name="c"/> comes from a byte 0x80-0xBF, which in UTF-8 can only continue a
    /// multi-byte sequence.
    /// </summary>
    public static bool IsFromContinuationByte(char c) =>
        TryGetByte(c, out byte value) && value is >= 0x80 and <= 0xBF;
}
