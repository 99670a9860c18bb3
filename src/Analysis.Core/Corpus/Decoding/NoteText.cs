using System.Globalization;

namespace Analysis.Core.Corpus.Decoding;

/// <summary>Wording shared by the decoder's and the normaliser's notes.</summary>
internal static class NoteText
{
    /// <summary>"1 NUL byte", "3 NUL bytes": a count with its noun in the right number.</summary>
    public static string Count(int count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");
}
