using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;

namespace Analysis.Core.Corpus.Decoding;

/// <summary>
/// Undoes the classic mojibake of UTF-8 text read as windows-1252 ("gÃ©nÃ©ral", "lâ€™armÃ©e"), and
/// nothing else: the whole text must turn back into valid UTF-8 and lose every mojibake marker, or it
/// is left exactly as it was.
/// </summary>
internal static class MojibakeRepair
{
    // Text that went through the wrong decoding twice ("gÃƒÂ©nÃƒÂ©ral") needs two passes; a third
    // is allowed, more would only burn time on text that is not mojibake.
    private const int MaxPasses = 3;

    // UTF-8 lead bytes as windows-1252 shows them: Â Ã Ä Å (Latin-1, Latin Extended-A with œ),
    // Ð Ñ (Cyrillic), Ø Ù Ú Û (Arabic), â (’ “ ” – … €), ï (the byte order mark "ï»¿"), ð (emoji).
    private static readonly SearchValues<char> MarkerLeads =
        SearchValues.Create("\u00C2\u00C3\u00C4\u00C5\u00D0\u00D1\u00D8\u00D9\u00DA\u00DB\u00E2\u00EF\u00F0");

    /// <summary>
    /// Repairs <paramref name="text"/> if, and only if, it is mojibake through and through.
    /// </summary>
    /// <param name="text">Decoded text, before any other normalisation (C1 controls are evidence here).</param>
    /// <param name="repaired">The repaired text, when the repair succeeded.</param>
    /// <returns>True when the text was mojibake and has been repaired.</returns>
    public static bool TryRepair(string text, [NotNullWhen(true)] out string? repaired)
    {
        ArgumentNullException.ThrowIfNull(text);
        repaired = null;
        if (!ContainsMarker(text))
        {
            return false;
        }

        string current = text;
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            if (!TryReadAsUtf8(current, out string? next))
            {
                return false;
            }

            current = next;
            if (!ContainsMarker(current))
            {
                repaired = current;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="text"/> holds a character pair that UTF-8 read as windows-1252 leaves
    /// behind: a lead byte of the scripts and punctuation this corpus uses, then a continuation byte.
    /// </summary>
    /// <remarks>
    /// French letters such as é, è, à, ç are lead bytes too but are left out: "é…" and "à»" are normal
    /// French, while Ã, Â, â€ and friends hardly ever stand before a symbol in correct text.
    /// </remarks>
    public static bool ContainsMarker(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length)
        {
            int found = text[i..].IndexOfAny(MarkerLeads);
            if (found < 0)
            {
                return false;
            }

            i += found;
            if (i + 1 < text.Length
                && (Windows1252Bytes.IsFromContinuationByte(text[i + 1]) || IsCollapsedNoBreakSpace(text, i)))
            {
                return true;
            }

            i++;
        }

        return false;
    }


    /// <summary>
    /// True when the character at <paramref name="i"/> is Ã or Â followed by a plain space that most
    /// likely stood for the no-break space byte 0xA0 ("Ã " for "à", "Â " for a no-break space) before
    /// some cleaning replaced it. Not after a capital letter: "IRMÃ DE" is Portuguese, not mojibake.
    /// </summary>
    private static bool IsCollapsedNoBreakSpace(ReadOnlySpan<char> text, int i) =>
        text[i] is '\u00C3' or '\u00C2'
        && i + 1 < text.Length && text[i + 1] == ' '
        && (i == 0 || !char.IsAsciiLetterUpper(text[i - 1]));

    private static bool TryReadAsUtf8(string text, [NotNullWhen(true)] out string? decoded)
    {
        decoded = null;

        // Each character gives one byte, except "Ã " (two, see below) and U+FEFF (three).
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, text.Length * 3));
        try
        {
            int written = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (IsCollapsedNoBreakSpace(text, i))
                {
                    buffer[written++] = (byte)c;
                    buffer[written++] = 0xA0;

                    // "à" is a word: "Ã  la" (two spaces) had its 0xA0 turned into a space, so that
                    // space is consumed; "Ã la" lost the 0xA0 in whitespace collapsing, so the one
                    // space left is the word separator and stays. "Â " stood for the 0xA0 itself.
                    bool spaceWasTheByte = c == '\u00C2' || (i + 2 < text.Length && text[i + 2] == ' ');
                    if (spaceWasTheByte)
                    {
                        i++;
                    }

                    continue;
                }

                if (c == '\uFEFF')
                {
                    // A stray U+FEFF is no evidence either way and must not block the repair; it is
                    // carried through as itself for the normaliser to remove and count.
                    buffer[written++] = 0xEF;
                    buffer[written++] = 0xBB;
                    buffer[written++] = 0xBF;
                    continue;
                }

                if (!Windows1252Bytes.TryGetByte(c, out byte value))
                {
                    return false; // not windows-1252 text, so not this kind of mojibake
                }

                buffer[written++] = value;
            }

            var bytes = buffer.AsSpan(0, written);
            if (!Utf8.IsValid(bytes))
            {
                return false;
            }

            decoded = Encoding.UTF8.GetString(bytes);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
