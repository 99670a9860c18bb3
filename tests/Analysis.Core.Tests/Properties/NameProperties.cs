using Analysis.Core.Actors;
using Analysis.Core.Actors.Matching;
using Analysis.Core.Actors.Resolution;
using Analysis.Core.Actors.Titles;
using Analysis.Core.Corpus;
using Analysis.Core.Corpus.Cleaning;
using Analysis.Core.Corpus.Decoding;
using Analysis.Core.Corpus.Formats;
using Analysis.Core.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Core.Tests.Properties;

/// <summary>
/// Actor extraction and the name and text helpers on soups of capitalised words, particles, titles,
/// acronyms and awkward characters, and on damaged real articles.
/// </summary>
public sealed class NameProperties
{
    private static readonly SegmentKind[] Kinds =
        [SegmentKind.Content, SegmentKind.Content, SegmentKind.Content, SegmentKind.Title, SegmentKind.Byline, SegmentKind.Boilerplate, SegmentKind.Dateline];

    [Fact]
    public void Extract_KeepsEveryMentionOnItsText_WhenADocumentIsANameSoup()
    {
        var generator =
            from text in TextInputs.PageText()
            from kinds in Gen.ArrayOf(Gen.Elements(Kinds), text.Count(c => c == '\n') + 1)
            from date in Gen.Elements(string.Empty, "2024-11-06", "2023-08-29", "1990-01-01")
            from author in Gen.Elements(string.Empty, "Assimi Goïta", "Par", ";", "Moussa ; Ag")
            select new SoupCase(text, kinds, date, author);
        PropertyCheck.ForAll(generator, 600, input =>
        {
            // A fresh extractor per case: a shared one remembers what earlier cases discovered, and a
            // failure would no longer shrink or replay on its own.
            var extracted = new ActorExtractor().Extract(input.ToDocument());
            Invariants.Extraction(extracted);
        }, SoupCase.Shrink);
    }

    [Fact]
    public void Extract_KeepsEveryMentionOnItsText_WhenALoadedPageIsANameSoup()
    {
        var builder = new DocumentBuilder(new PageSegmenter());
        PropertyCheck.ForAll(TextInputs.PageText().Cases(), 300, input =>
        {
            var text = TextNormalizer.Normalize(input.Text);
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            var document = builder.Build(new SourceArticle(text, SourceMetadata.Empty, SegmentationHints.None, "utf-8", []), "soup.txt");
            Invariants.Extraction(new ActorExtractor().Extract(document));
        }, TextCase.Shrink);
    }

    [Fact]
    public void Extract_KeepsEveryMentionOnItsText_WhenArticlesAreDamaged()
    {
        var builder = new DocumentBuilder(new PageSegmenter());
        PropertyCheck.ForAll(ByteInputs.MutatedArticles(), 150, input =>
        {
            var extractor = new ActorExtractor();
            foreach (var item in ByteInputs.Formats[input.Extension].Read(input.Bytes).ToList())
            {
                if (item.Article is { } article && !string.IsNullOrWhiteSpace(article.Text))
                {
                    Invariants.Extraction(extractor.Extract(builder.Build(article, "damaged" + input.Extension)));
                }
            }
        }, FileCase.Shrink);
    }

    [Fact]
    public void TextHelpers_StayInTheText_WhenTextIsANameSoup()
    {
        PropertyCheck.ForAll(TextInputs.PageText().Cases(), 800, input =>
        {
            var text = input.Text;
            Assert.Equal(text.Length, LengthPreservingFolding.Fold(text).Length);
            _ = TextFolding.Fold(text);
            Assert.InRange(SentenceBoundaries.FirstSentenceEnd(text), 0, text.Length);
            Assert.InRange(SentenceBoundaries.CountBreaks(text), 0, text.Length);
            for (var i = -1; i <= text.Length; i++)
            {
                _ = SentenceBoundaries.IsBreak(text, i);
            }

            var tokens = TokenList.Create(text);
            var previousEnd = 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                Invariants.SpanInside(tokens.Span(i, i), text.Length, $"word {i}");
                Assert.True(tokens.Start(i) >= previousEnd && tokens.End(i) > tokens.Start(i), $"word {i} is empty or overlaps");
                Assert.True(char.IsLetterOrDigit(text[tokens.Start(i)]), $"word {i} starts with {PropertyCheck.Show(text[tokens.Start(i)].ToString())}");
                Assert.Equal(tokens.Word(i).Length, tokens.Folded(i).Length);
                _ = (tokens.GapAfter(i).Length, tokens.JoinsNext(i), tokens.IsHyphenatedToNext(i));
                previousEnd = tokens.End(i);
            }

            _ = TitleLexicon.Default.Classify(text);
            _ = TitleLexicon.Default.ClassifyExact(text);
        }, TextCase.Shrink);
    }

    [Fact]
    public void AreVariants_IsSymmetricAndNeverThrows_WhenNamesAreRandom()
    {
        var words = Gen.Elements("moussa", "saloua", "salaoua", "barmou", "barmu", "celestin", "simpore", "ag", "ould", "a", string.Empty, "assimi", "goita", "goitaa");
        var name = Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(words, n));
        PropertyCheck.ForAll(Gen.Zip(name, name), 1000, input =>
        {
            var (a, b) = input;
            Assert.Equal(NameVariants.AreVariants(a, b), NameVariants.AreVariants(b, a));
            Assert.True(a.Length < 2 || NameVariants.AreVariants(a, a), "a name of two words or more is a variant of itself");
            Assert.Equal(EditDistance.Between(string.Concat(a), string.Concat(b)), EditDistance.Between(string.Concat(b), string.Concat(a)));
        });
    }

    internal sealed record SoupCase(string Text, SegmentKind[] Kinds, string Date, string Author)
    {
        /// <summary>The text as a document: line n is a segment of kind n (trimmed, blank lines none).</summary>
        public Document ToDocument()
        {
            var segments = new List<Segment>();
            var offset = 0;
            var lines = Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var start = lines[i].Length - lines[i].TrimStart().Length;
                var length = lines[i].Trim().Length;
                if (length > 0)
                {
                    segments.Add(new Segment(new TextSpan(offset + start, length), Kinds[Math.Min(i, Kinds.Length - 1)], "test"));
                }

                offset += lines[i].Length + 1;
            }

            _ = PartialDate.TryParse(Date, out var date);
            return new Document
            {
                Id = DocumentId.Of(Text),
                File = "soup.txt",
                Text = Text,
                Segments = segments,
                Author = Author,
                Date = date.IsKnown ? new DocumentDate(date, DateOrigin.Metadata, Date, null) : DocumentDate.None,
            };
        }

        public override string ToString() => $"{PropertyCheck.Show(Text)} kinds [{string.Join(", ", Kinds)}] date '{Date}' author '{Author}'";

        public static IEnumerable<SoupCase> Shrink(SoupCase input) =>
            PropertyCheck.Smaller(input.Text.ToCharArray())
                .Select(c => new string(c))
                .Select(t => input with { Text = t, Kinds = input.Kinds[..Math.Min(input.Kinds.Length, t.Count(c => c == '\n') + 1)] });
    }
}
