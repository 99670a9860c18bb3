using System.Globalization;
using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.Corpus.Cleaning;
using Analysis.Core.Corpus.Decoding;
using Analysis.Core.Corpus.Formats;
using Analysis.Core.Tests.Support;
using FsCheck.Fluent;

namespace Analysis.Core.Tests.Properties;

/// <summary>
/// The loader on random and damaged files. The loader catches everything per file, so a defect would
/// only show as a skipped file: the formats and the document builder are also called directly, where
/// an exception fails the property with its stack trace.
/// </summary>
public sealed class LoaderProperties : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void DecodeAndNormalize_GiveCleanText_WhenBytesAreRandomOrDamaged()
    {
        PropertyCheck.ForAll(ByteInputs.Any(), 600, input =>
        {
            var result = TextDecoder.Decode(input.Bytes);
            if (result.IsDecoded)
            {
                // What every later offset relies on: LF line breaks only, no controls, no byte order
                // marks, well-formed UTF-16, NFC.
                var text = TextNormalizer.Normalize(result.Decoded.Text, []);
                var bad = text.IndexOfAny([.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => c is not ('\t' or '\n') && char.IsControl(c)), '\uFEFF', '\uFFFE']);
                Assert.True(bad < 0, $"normalised text holds U+{(bad < 0 ? 0 : text[bad]):X4} at {bad}");
                Assert.True(IsWellFormed(text), "unpaired surrogate left in normalised text");
                Assert.True(text.IsNormalized(System.Text.NormalizationForm.FormC), "normalised text is not NFC");
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(result.RejectionReason));
            }
        }, FileCase.Shrink);
    }

    [Fact]
    public void ReadAndBuild_NeverThrow_WhenFilesAreRandomOrDamaged()
    {
        var builder = new DocumentBuilder(new PageSegmenter());
        PropertyCheck.ForAll(ByteInputs.Any(), 700, input =>
        {
            foreach (var item in ByteInputs.Formats[input.Extension].Read(input.Bytes).ToList())
            {
                Assert.True((item.Article is null) != (item.Problem is null), "an item is either an article or a problem");
                if (item.Article is { } article && !string.IsNullOrWhiteSpace(article.Text))
                {
                    Assert.True(IsWellFormed(article.Text), "the article text holds an unpaired surrogate");
                    AssertMarksCoverWholeLines(article);
                    Invariants.Document(builder.Build(article, "case" + input.Extension));
                }
            }
        }, FileCase.Shrink);
    }

    [Fact]
    public void Load_GivesOneRecordPerArticleAndValidOffsets_WhenFilesAreRandomOrDamaged()
    {
        PropertyCheck.ForAll(ByteInputs.Any(), 250, input =>
        {
            foreach (var file in Directory.GetFiles(_folder.Path))
            {
                File.Delete(file);
            }

            var name = "case" + input.Extension;
            _folder.Write(name, input.Bytes);
            var results = new CorpusLoader().Load(_folder.Path).ToList();
            AssertOneRecordPerArticle(name, results);
            foreach (var result in results)
            {
                Assert.DoesNotMatch("^could not be (processed|read)", result.Record.Reason);
                Assert.Equal(result.Record.Status == IngestStatus.Loaded, result.Document is not null);
                if (result.Document is { } document)
                {
                    Assert.Equal(document.Id, result.Record.DocId);
                    Invariants.Document(document);
                }
            }
        }, FileCase.Shrink);
    }

    [Fact]
    public void Segment_KeepsSegmentsInTheText_WhenTextAndHintsAreRandom()
    {
        var segmenter = new PageSegmenter();
        var generator =
            from text in TextInputs.PageText()
            from count in Gen.Choose(0, 4)
            from marks in Gen.ListOf(Gen.Zip(Gen.Choose(0, text.Length + 5), Gen.Choose(0, 60)), count)
            from title in Gen.Elements<string?>(null, string.Empty, text.Split('\n')[0], "Le Mali")
            select new SegmenterCase(text, title, [.. marks.Select(m => new MarkedSpan(new(m.Item1, m.Item2), "nav"))]);
        PropertyCheck.ForAll(generator, 500, input =>
        {
            var segments = segmenter.Segment(input.Text, new SegmentationHints(input.Title, input.Marks));
            var document = new Document { Id = DocumentId.Of(input.Text), File = "x.txt", Text = input.Text, Segments = segments };
            Invariants.Document(document);
        }, SegmenterCase.Shrink);
    }

    [Fact]
    public void ReadAndBuild_StayWithinTheTimeBudget_WhenFilesAreLarge()
    {
        var builder = new DocumentBuilder(new PageSegmenter());
        PropertyCheck.ForAll(ByteInputs.Large(), 8, input =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            foreach (var item in ByteInputs.Formats[input.Extension].Read(input.Bytes).ToList())
            {
                if (item.Article is { } article && !string.IsNullOrWhiteSpace(article.Text))
                {
                    var document = builder.Build(article, "large" + input.Extension);
                    Invariants.Document(document);
                    Invariants.Extraction(new ActorExtractor().Extract(document));
                }
            }

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed.TotalSeconds:0.0} s");
        });
    }

    private static void AssertOneRecordPerArticle(string name, List<IngestResult> results)
    {
        Assert.NotEmpty(results);
        if (results.Any(r => r.Record.File == name))
        {
            Assert.Single(results);
            return;
        }

        // A multi-article file: one record per item, each named file#n, no n twice.
        var items = results.Select(r => r.Record.File).ToList();
        Assert.All(items, f => Assert.StartsWith(name + "#", f, StringComparison.Ordinal));
        Assert.All(items, f => Assert.True(int.TryParse(f[(name.Length + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out _), f));
        Assert.Equal(items.Count, items.Distinct(StringComparer.Ordinal).Count());
    }

    // A source marks whole paragraphs (an HTML nav, a front matter block): a mark that starts or ends
    // inside a line points at other text than the source marked.
    private static void AssertMarksCoverWholeLines(SourceArticle article)
    {
        var text = article.Text;
        foreach (var mark in article.Hints.Boilerplate)
        {
            Invariants.SpanInside(mark.Span, text.Length, $"mark '{mark.Reason}'");
            Assert.True(mark.Span.Start == 0 || text[mark.Span.Start - 1] == '\n', $"mark '{mark.Reason}' {mark.Span} starts inside a line");
            Assert.True(mark.Span.End == text.Length || text[mark.Span.End] == '\n', $"mark '{mark.Reason}' {mark.Span} ends inside a line");
        }
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A page's text and the hints a source might give with it.</summary>
    internal sealed record SegmenterCase(string Text, string? Title, MarkedSpan[] Marks)
    {
        public override string ToString() =>
            $"{PropertyCheck.Show(Text)} title {(Title is null ? "null" : PropertyCheck.Show(Title))} marks [{string.Join(", ", Marks.Select(m => m.Span))}]";

        public static IEnumerable<SegmenterCase> Shrink(SegmenterCase input) =>
            PropertyCheck.Smaller(input.Text.ToCharArray()).Select(c => input with { Text = new string(c) })
                .Concat(PropertyCheck.Smaller(input.Marks).Select(m => input with { Marks = m }));
    }
}
