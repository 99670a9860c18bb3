using System.Text.RegularExpressions;
using Analysis.Reporting.Fluent;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Analysis.Reporting.Tests.Fluent;

/// <summary>Writes documents to memory and reads them back with PdfPig, as a reader's PDF viewer would.</summary>
internal static partial class PdfFile
{
    /// <summary>The PDF of <paramref name="document"/>.</summary>
    public static byte[] Write(DocumentBuilder document)
    {
        using var output = new MemoryStream();
        document.WritePdf(output);
        return output.ToArray();
    }

    /// <summary>The words of a page, top to bottom and left to right, with no-break spaces made plain.</summary>
    public static IReadOnlyList<Word> Words(Page page) =>
        [.. page.GetWords().OrderByDescending(w => Math.Round(Baseline(w))).ThenBy(w => w.BoundingBox.Left)];

    /// <summary>The y of a word's baseline, in PDF units from the bottom of the page.</summary>
    public static double Baseline(Word word) => word.Letters[0].StartBaseLine.Y;

    /// <summary>The text of <paramref name="words"/> joined by single spaces, no-break spaces included.</summary>
    public static string Text(IEnumerable<Word> words) => Plain(string.Join(' ', words.Select(w => w.Text)));

    /// <summary><paramref name="text"/> with no-break spaces as spaces and runs of spaces as one.</summary>
    public static string Plain(string text) => Spaces().Replace(text.Replace('\u00A0', ' ').Replace('\u202F', ' '), " ").Trim();

    /// <summary>The page (from 1) of every page whose words include <paramref name="word"/>.</summary>
    public static IReadOnlyList<int> PagesWith(PdfDocument pdf, string word) =>
        [.. pdf.GetPages().Where(p => p.GetWords().Any(w => w.Text == word)).Select(p => p.Number)];

    /// <summary>
    /// Every font dictionary of the document (simple fonts and CID fonts; Type 0 and Type 3 fonts have no
    /// font file of their own) with its name and whether its font descriptor carries an embedded font file.
    /// </summary>
    public static IReadOnlyList<(string Name, bool Embedded)> Fonts(PdfDocument pdf)
    {
        var fonts = new List<(string, bool)>();
        foreach (var reference in pdf.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (pdf.Structure.GetObject(reference).Data is not DictionaryToken dictionary
                || !Is(dictionary, "Type", "Font") || Is(dictionary, "Subtype", "Type0") || Is(dictionary, "Subtype", "Type3"))
            {
                continue;
            }

            var name = dictionary.Data.TryGetValue("BaseFont", out var baseFont) ? ((NameToken)baseFont).Data : "(unnamed)";
            var embedded = dictionary.Data.TryGetValue("FontDescriptor", out var descriptor)
                && Resolve(pdf, descriptor) is DictionaryToken d
                && (d.Data.ContainsKey("FontFile") || d.Data.ContainsKey("FontFile2") || d.Data.ContainsKey("FontFile3"));
            fonts.Add((name, embedded));
        }

        return fonts;
    }

    private static bool Is(DictionaryToken dictionary, string key, string value) =>
        dictionary.Data.TryGetValue(key, out var token) && token is NameToken name && name.Data == value;

    private static IToken Resolve(PdfDocument pdf, IToken token) =>
        token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;

    [GeneratedRegex(" {2,}", RegexOptions.None, 1000)]
    private static partial Regex Spaces();
}
