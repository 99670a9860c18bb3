using System.Collections.Concurrent;
using System.Text;
using Analysis.Core.Actors;
using Analysis.Core.Charts;
using Analysis.Core.Corpus;
using Analysis.Reporting.Fluent;
using Analysis.Reporting.Pdf;
using Analysis.Reporting.Tests.Layout.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Analysis.Reporting.Tests.Fluent;

/// <summary>
/// Hostile text (see <see cref="HostileText"/>) in every kind of block, in the running header and in the
/// table of contents: the PDF is written, opens, keeps every letter inside the page's margins, and shows
/// what cannot be drawn as U+FFFD while the rest comes back as written.
/// </summary>
public sealed class UnicodeTextTests
{
    private static readonly PageTemplate Template = PageTemplate.For(Analysis.Reporting.Fluent.PageSize.A4);

    // Each document is written once for the theories that read it: the 5,000 x's take a while.
    private static readonly ConcurrentDictionary<string, (byte[] Bytes, int Pages)> Written = new(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(HostileText.Names), MemberType = typeof(HostileText))]
    public void WritePdf_WritesAPdfThatOpens_WhenEveryKindOfBlockHoldsHostileText(string name)
    {
        var (bytes, written) = Write(name);

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(written, pdf.NumberOfPages);
        Assert.Equal(ExpectedPages(name), written);
    }

    [Theory]
    [MemberData(nameof(HostileText.Names), MemberType = typeof(HostileText))]
    public void WritePdf_KeepsEveryLetterInsideTheMargins_WhenEveryKindOfBlockHoldsHostileText(string name)
    {
        using var pdf = PdfDocument.Open(Write(name).Bytes);

        foreach (var page in pdf.GetPages())
        {
            var (left, right) = (Template.Left - 0.5, page.Width - Template.Right + 0.5);
            Assert.All(page.Letters, l => Assert.True(
                l.StartBaseLine.X >= left && l.EndBaseLine.X <= right && l.StartBaseLine.Y > 0 && l.StartBaseLine.Y < page.Height,
                $"'{l.Value}' at ({l.StartBaseLine.X:0.0}–{l.EndBaseLine.X:0.0}, {l.StartBaseLine.Y:0.0}) on page {page.Number} is outside the margins"));
        }
    }

    [Theory]
    [MemberData(nameof(HostileText.Names), MemberType = typeof(HostileText))]
    public void WritePdf_ShowsTheReplacementMark_OnlyWhenSomethingCannotBeDrawn(string name)
    {
        var replaced = HostileText.Strings[name].Replaced;
        using var pdf = PdfDocument.Open(Write(name).Bytes);

        var letters = string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));

        Assert.Equal(replaced, letters.Contains(HostileText.Replacement, StringComparison.Ordinal));
        Assert.DoesNotContain(letters.EnumerateRunes(), r => Rune.IsControl(r) || r.Value is 0x202E or 0x2066 or 0x200F or 0xFEFF or 0xAD);
        Assert.True(letters.IsNormalized(), "the text holds half a surrogate pair");
    }

    [Fact]
    public void WritePdf_KeepsTheTextAsWritten_WhenDejaVuHasItsGlyphs()
    {
        var text = HostileText.Text("supported");
        using var pdf = PdfDocument.Open(Write("supported").Bytes);

        var letters = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal);

        // Arabic and Tifinagh come back in logical order: drawn unshaped, left to right, as documented.
        Assert.All(text.Split(' '), word => Assert.Contains(word, letters, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("controls", "nul\uFFFDesc\uFFFD[31mbel\uFFFDdel\uFFFD c1\uFFFD fin")]
    [InlineData("bidi", "photo gnp.exe isolé gauche fin")]
    [InlineData("emoji", "emoji 😀 \uFFFD \uFFFD \uFFFD \uFFFD ☺\uFE0F fin")]
    [InlineData("scripts", "مرحبا שָׁלוֹם \uFFFD\uFFFD\uFFFD ⵜⴰⵎⴰⵣⵉⵖⵜ ߒߞߏ")]
    public void WritePdf_DrawsTheParagraphAsCleaned_WhenItHoldsHostileText(string name, string drawn)
    {
        var document = new DocumentBuilder(new DocumentSettings());
        document.Content(c => c.Paragraph(HostileText.Text(name)));
        using var pdf = PdfDocument.Open(PdfFile.Write(document));

        var letters = string.Concat(pdf.GetPage(1).Letters.Where(l => l.StartBaseLine.Y < pdf.GetPage(1).Height - Template.Top).Select(l => l.Value));

        Assert.StartsWith(drawn, letters, StringComparison.Ordinal);
    }

    [Fact]
    public void WritePdf_DrawsTheRunningHeaderOnOneLine_WhenTheTitleHoldsEveryHostileString()
    {
        var document = new DocumentBuilder(new DocumentSettings { Title = HostileText.Everything, HeaderRight = HostileText.Text("line breaks") });
        document.Content(c => c.Paragraph("Corps."));
        using var pdf = PdfDocument.Open(PdfFile.Write(document));
        var page = pdf.GetPage(1);

        var header = page.Letters.Where(l => l.StartBaseLine.Y > page.Height - Template.Top).ToList();

        Assert.Single(header.Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct());
        Assert.Contains("…", string.Concat(header.Select(l => l.Value)), StringComparison.Ordinal);
        Assert.Equal("tab here crlf cr lf nel ls ps vt ff fin", PdfFile.Text(PdfFile.Words(page).Where(w => PdfFile.Baseline(w) > page.Height - Template.Top && w.Letters[0].StartBaseLine.X > page.Width / 2)));
    }

    [Fact]
    public void WritePdf_ListsAHeadingOnOneLine_WhenItsTextHasLineBreaksAndTabs()
    {
        var document = new DocumentBuilder(new DocumentSettings());
        document.Content(c =>
        {
            c.TableOfContents("Contents");
            c.Heading(HostileText.Text("line breaks"));
        });
        using var pdf = PdfDocument.Open(PdfFile.Write(document));

        var lines = Lines(pdf.GetPage(1)).Where(l => l.Contains("crlf", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.StartsWith("1 tab here crlf cr lf nel ls ps vt ff fin", l, StringComparison.Ordinal));
    }

    [Fact]
    public void WritePdf_ShortensAContentsEntryToThreeLines_WhenTheHeadingIsOneHugeWord()
    {
        var document = new DocumentBuilder(new DocumentSettings { NumberHeadings = false });
        document.Content(c =>
        {
            c.TableOfContents("Contents");
            c.PageBreak();
            c.Heading(HostileText.Text("long word"));
        });
        using var pdf = PdfDocument.Open(PdfFile.Write(document));

        var entry = Lines(pdf.GetPage(1)).Where(l => l.StartsWith("xxx", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, entry.Count);
        Assert.Matches(@"^x+… [. ]*2$", entry[^1]);
    }

    [Fact]
    public void WritePdf_DrawsAChartInsideTheMargins_WhenItsActorNamesAreHostile()
    {
        var actors = HostileText.Strings.Select((s, i) => new ActorSummary(
            new Actor { Id = $"a{i}", Name = s.Value.Text, Type = ActorType.Person }, string.Empty, 10 - (i % 5), 1, PartialDate.Unknown, PartialDate.Unknown, []));
        var document = new DocumentBuilder(new DocumentSettings());
        document.Content(c => c.Figure(TopActorsChart.Create(actors, top: 20), HostileText.Text("scripts"), HostileText.Text("controls")));

        using var pdf = PdfDocument.Open(PdfFile.Write(document));

        var page = Assert.Single(pdf.GetPages());
        Assert.All(page.Letters, l => Assert.InRange(l.StartBaseLine.X, Template.Left - 0.5, page.Width - Template.Right + 0.5));
        Assert.Contains(HostileText.Replacement, string.Concat(page.Letters.Select(l => l.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public void WritePdf_WritesCleanMetadata_WhenTheSettingsHoldControlsAndBidiOverrides()
    {
        var document = new DocumentBuilder(new DocumentSettings { Title = "photo \u202Egnp.exe\u202C\nligne\0", Author = "\uFEFFauteur\u0007" });
        document.Content(c => c.Paragraph("Corps."));

        using var pdf = PdfDocument.Open(PdfFile.Write(document));

        Assert.Equal("photo gnp.exe ligne\uFFFD", pdf.Information.Title);
        Assert.Equal("auteur\uFFFD", pdf.Information.Author);
    }

    // Every block fits on one page but for the longest texts: the ten lines of the line breaks, and the
    // 5,000 x's, cut into lines in the heading, both paragraphs, the quote, the list and the table.
    private static int ExpectedPages(string name) => name switch
    {
        "line breaks" => 2,
        "long word" => 16,
        _ => 1,
    };

    // The text in every kind of block, as the title of the document and of a section, twice in the contents.
    private static (byte[] Bytes, int Pages) Write(string name) => Written.GetOrAdd(name, n => Compose(HostileText.Text(n)));

    private static (byte[] Bytes, int Pages) Compose(string text)
    {
        var document = new DocumentBuilder(new DocumentSettings { Title = text, HeaderRight = text });
        document.Content(c =>
        {
            c.TableOfContents("Contents");
            c.Heading(text);
            c.Paragraph(text);
            c.Paragraph(t => t.Bold(text).Text(" ").Italic(text));
            c.Quote(text, t => t.Text(text));
            c.Bullets(b => b.Item(text));
            c.Table(t => t.Column(1f).Column(1f).Header(text, "n").Row(text, "1"));
            c.Heading(text, 2);
        });
        using var output = new MemoryStream();
        var pages = document.WritePdf(output);
        return (output.ToArray(), pages);
    }

    private static IEnumerable<string> Lines(Page page) =>
        PdfFile.Words(page).GroupBy(w => Math.Round(PdfFile.Baseline(w))).Select(g => PdfFile.Text(g.OrderBy(w => w.BoundingBox.Left)));
}
