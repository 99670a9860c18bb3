using System.Buffers;
using System.Text;

namespace Analysis.Core.Corpus.Decoding;

/// <summary>
/// Makes decoded text uniform before any offset is taken: repairs mojibake (guarded), turns every
/// line break into LF, drops control characters, stray U+FEFF and U+FFFE, and composes to Unicode NFC.
/// Typographic apostrophes, quotes, guillemets and no-break spaces are kept exactly as they are, since
/// later stages must be able to recognise them.
/// </summary>
internal static class TextNormalizer
{
    // Everything the clean-up pass must look at; text without any of these (and already NFC, with no
    // mojibake) is returned as the same instance.
    private static readonly SearchValues<char> NeedsCleanUp = SearchValues.Create(CleanUpCharacters());

    /// <summary>Normalises <paramref name="text"/>.</summary>
    public static string Normalize(string text) => Normalize(text, null);

    /// <summary>U+0300, the first combining mark: every character below it is its own NFC form.</summary>
    internal const char FirstCombiningMark = '\u0300';

    /// <summary>
    /// Normalises <paramref name="text"/> and adds a human-readable note to <paramref name="notes"/> for
    /// each kind of change made, e.g. <c>mojibake repaired</c> or <c>3 control characters removed</c>.
    /// </summary>
    public static string Normalize(string text, ICollection<string>? notes)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Mojibake goes first: it needs the C1 controls that the clean-up would remove ("Á" read as
        // windows-1252 is "Ã" + U+0081).
        string result = text;
        if (MojibakeRepair.TryRepair(result, out string? repaired))
        {
            result = repaired;
            notes?.Add("mojibake repaired (UTF-8 that had been read as windows-1252)");
        }

        result = CleanUp(result, notes);
        result = ReplaceUnpairedSurrogates(result, notes);

        // Last: NFC throws on unpaired surrogates, which are gone by now. Below U+0300 (Latin-1, Latin
        // Extended, IPA, spacing modifiers) no character decomposes, combines or is excluded from
        // composition, so text made only of those is NFC already: most of the corpus skips ICU's check.
        if (result.AsSpan().ContainsAnyInRange(FirstCombiningMark, char.MaxValue) && !result.IsNormalized(NormalizationForm.FormC))
        {
            result = result.Normalize(NormalizationForm.FormC);
            notes?.Add("composed to Unicode NFC");
        }

        return result;
    }

    private static string CleanUp(string text, ICollection<string>? notes)
    {
        var source = text.AsSpan();
        int next = source.IndexOfAny(NeedsCleanUp);
        if (next < 0)
        {
            return text;
        }

        var counts = default(CleanUpCounts);
        char[] buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            int written = 0;
            int i = 0;
            while (next >= 0)
            {
                // Copy the untouched run in one go, then deal with the one character that stopped it.
                source.Slice(i, next).CopyTo(buffer.AsSpan(written));
                written += next;
                i += next;
                i += CleanUpOne(source, i, buffer, ref written, ref counts);
                next = source[i..].IndexOfAny(NeedsCleanUp);
            }

            source[i..].CopyTo(buffer.AsSpan(written));
            written += source.Length - i;
            counts.AddNotes(notes);
            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // Handles source[i] and returns how many characters it consumed.
    private static int CleanUpOne(ReadOnlySpan<char> source, int i, char[] buffer, ref int written, ref CleanUpCounts counts)
    {
        char c = source[i];
        switch (c)
        {
            case '\r':
                buffer[written++] = '\n';
                return i + 1 < source.Length && source[i + 1] == '\n' ? 2 : 1;

            // VT is Word's manual line break and FF a page break in PDF extractions: removing them
            // would glue the words on either side together, so they become line breaks like U+2028.
            case '\u000B' or '\u000C' or '\u2028' or '\u2029':
                buffer[written++] = '\n';
                return 1;

            case '\uFEFF':
                counts.ByteOrderMarks++;
                return 1;

            // A byte order mark read in the wrong byte order (or bytes EF BF BE): not a character, and
            // NFC throws on it, which would cost the whole file.
            case '\uFFFE':
                counts.SwappedByteOrderMarks++;
                return 1;

            default:
                counts.Controls++; // the search values hold nothing else: C0 (but tab and LF), DEL, C1
                return 1;
        }
    }

    // Kept out of the clean-up's search values: a set that large makes the search several times slower,
    // and surrogates (emoji) are common while unpaired ones are rare.
    private static string ReplaceUnpairedSurrogates(string text, ICollection<string>? notes)
    {
        int first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return text;
        }

        char[]? copy = null;
        int replaced = 0;
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                copy ??= text.ToCharArray();
                copy[i] = '\uFFFD';
                replaced++;
            }
        }

        if (copy is null)
        {
            return text;
        }

        notes?.Add($"{NoteText.Count(replaced, "unpaired surrogate", "unpaired surrogates")} replaced");
        return new string(copy);
    }

    private static char[] CleanUpCharacters()
    {
        var chars = new List<char>();
        for (char c = '\0'; c < ' '; c++)
        {
            if (c is not '\t' and not '\n')
            {
                chars.Add(c);
            }
        }

        for (char c = '\u007F'; c <= '\u009F'; c++)
        {
            chars.Add(c);
        }

        chars.AddRange(['\u2028', '\u2029', '\uFEFF', '\uFFFE']);
        return [.. chars];
    }

    private struct CleanUpCounts
    {
        public int Controls;
        public int ByteOrderMarks;
        public int SwappedByteOrderMarks;

        public readonly void AddNotes(ICollection<string>? notes)
        {
            if (notes is null)
            {
                return;
            }

            // Line breaks are converted without a note: CRLF is how half the corpus is saved, and the
            // conversion loses nothing, so a note would only bury the ones that matter in ingest.csv.
            if (Controls > 0)
            {
                notes.Add($"{NoteText.Count(Controls, "control character", "control characters")} removed");
            }

            if (ByteOrderMarks > 0)
            {
                notes.Add($"{NoteText.Count(ByteOrderMarks, "stray U+FEFF", "stray U+FEFF")} removed");
            }

            if (SwappedByteOrderMarks > 0)
            {
                notes.Add($"{NoteText.Count(SwappedByteOrderMarks, "U+FFFE", "U+FFFE")} removed");
            }
        }
    }
}
