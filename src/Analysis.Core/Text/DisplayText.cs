using System.Globalization;
using System.Text;

namespace Analysis.Core.Text;

/// <summary>
/// Untrusted text (titles, outlets, quotations, file names, actor names) reduced to what the layout can
/// draw and a reader can trust, whatever font draws it: line breaks of every kind become <c>\n</c>, a
/// character that is not text (a control, a noncharacter, half a surrogate pair) becomes a visible U+FFFD,
/// invisible characters that would only mislead are removed, the text is composed (NFC) and a heap of
/// combining marks is cut down. The PDF layout and the charts both draw through it, so a title and the
/// same name on a chart are cleaned by one rule; each then deals with what its font cannot draw.
/// </summary>
public static class DisplayText
{
    /// <summary>The mark drawn for a character that cannot be drawn: DejaVu Sans has it in all four faces.</summary>
    public const char Replacement = '\uFFFD';

    // UAX #15's stream-safe limit. No script stacks more marks on a letter; "Zalgo" text stacks hundreds,
    // which only bloat the file (unshaped, they are drawn on top of each other anyway).
    private const int MaxMarks = 30;

    /// <summary><paramref name="text"/> as it will be laid out; <c>\n</c> is its only line break.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPlain(text))
        {
            return text;
        }

        var cleaned = new StringBuilder(text.Length);
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            // A lone surrogate decodes as U+FFFD: it is half an emoji someone else cut, and left in place it
            // makes normalisation throw.
            Rune.DecodeFromUtf16(rest, out var rune, out var used);
            rest = rest[used..];
            var c = rune.Value;
            if (c == '\r' && !rest.IsEmpty && rest[0] == '\n')
            {
                continue;
            }

            if (IsLineBreak(c))
            {
                cleaned.Append('\n');
            }
            else if (c == '\t')
            {
                cleaned.Append('\t');
            }
            else if (Rune.IsControl(rune) || IsNoncharacter(c))
            {
                // NUL, ESC, BEL, U+FFFE… mean the source was damaged or binary: the reader should see that
                // something was there rather than have it vanish.
                cleaned.Append(Replacement);
            }
            else if (!IsRemoved(c))
            {
                Append(cleaned, rune);
            }
        }

        return CapMarks(cleaned.ToString().Normalize(NormalizationForm.FormC));
    }

    /// <summary>
    /// <paramref name="text"/> cleaned onto one line, every line break and tab a space: for a running
    /// header, a heading listed in the table of contents, the PDF's metadata.
    /// </summary>
    public static string OneLine(string text) => Clean(text).Replace('\n', ' ').Replace('\t', ' ');

    /// <summary>
    /// Whether <paramref name="codePoint"/> is default-ignorable (Unicode's DerivedCoreProperties): a joiner,
    /// a variation selector, a tag… Unicode asks that such a character be drawn as nothing when the font
    /// lacks it, never as a box: it has no look of its own.
    /// </summary>
    public static bool IsDefaultIgnorable(int codePoint) => codePoint switch
    {
        0x00AD or 0x034F or 0x061C or 0x3164 or 0xFEFF or 0xFFA0 => true,
        >= 0x115F and <= 0x1160 => true,
        >= 0x17B4 and <= 0x17B5 => true,
        >= 0x180B and <= 0x180F => true,
        >= 0x200B and <= 0x200F => true,
        >= 0x202A and <= 0x202E => true,
        >= 0x2060 and <= 0x206F => true,
        >= 0xFE00 and <= 0xFE0F => true,
        >= 0xFFF0 and <= 0xFFF8 => true,
        >= 0x1BCA0 and <= 0x1BCA3 => true,
        >= 0x1D173 and <= 0x1D17A => true,
        >= 0xE0000 and <= 0xE0FFF => true,
        _ => false,
    };

    // Appends a rune without allocating a string for it.
    private static void Append(StringBuilder builder, Rune rune)
    {
        Span<char> chars = stackalloc char[2];
        builder.Append(chars[..rune.EncodeToUtf16(chars)]);
    }

    // Printable ASCII and line feeds need none of this: most of a report is written by the program itself.
    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (c is (< ' ' and not '\n') or > '~')
            {
                return false;
            }
        }

        return true;
    }

    // The line breaks string.ReplaceLineEndings knows, and the vertical tab.
    private static bool IsLineBreak(int c) => c is '\n' or '\r' or '\v' or '\f' or 0x85 or 0x2028 or 0x2029;

    private static bool IsNoncharacter(int c) => c is >= 0xFDD0 and <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;

    // Removed rather than shown:
    // - the bidi controls (embeddings, overrides, isolates, LRM, RLM, ALM): the page is drawn in logical
    //   order without the bidi algorithm, so they change nothing on it, but they would travel in copied
    //   text, where a viewer that does apply the algorithm reorders it: a U+202E in a title makes
    //   "gnp.exe" read as "exe.png" (the "Trojan Source" trick);
    // - U+FEFF, a byte order mark left by a careless concatenation, meaningless inside text;
    // - the soft hyphen, which DejaVu draws as a hyphen: a word with one would show a hyphen in the middle
    //   of a line, and the layout never hyphenates.
    private static bool IsRemoved(int c) => c is 0x00AD or 0x061C or 0x200E or 0x200F or 0xFEFF
        || c is >= 0x202A and <= 0x202E
        || c is >= 0x2066 and <= 0x2069;

    private static string CapMarks(string text)
    {
        var run = 0;
        var tooMany = false;
        foreach (var rune in text.EnumerateRunes())
        {
            run = IsMark(Rune.GetUnicodeCategory(rune)) ? run + 1 : 0;
            tooMany |= run > MaxMarks;
        }

        if (!tooMany)
        {
            return text;
        }

        var capped = new StringBuilder(text.Length);
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var marks = 0;
            foreach (var rune in elements.GetTextElement().EnumerateRunes())
            {
                if (!IsMark(Rune.GetUnicodeCategory(rune)) || ++marks <= MaxMarks)
                {
                    Append(capped, rune);
                }
            }
        }

        return capped.ToString();
    }

    private static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
