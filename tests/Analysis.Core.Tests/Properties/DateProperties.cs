using Analysis.Core.Corpus;
using Analysis.Core.Corpus.Dates;
using Analysis.Core.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Analysis.Core.Tests.Properties;

/// <summary>The date parsers on random date-like text and on damaged real date expressions.</summary>
public sealed class DateProperties
{
    private static readonly string[] Expressions =
    [
        "le mardi 29 août 2023", "Le Mardi 29 Août 2023,", "ce mercredi 6 mars", "1er novembre 2023", "1ᵉʳ novembre", "6 mars", "novembre 2024",
        "Tuesday, 29 August 2023", "August 29, 2023", "Aug. 29, 2023", "the 6th of March 2024", "March 6", "29 févr. 2024", "12 sept. 2023",
        "29/08/2023", "08/29/2023", "29-08-2023", "29.08.2023", "2023-08-29", "2023-08-29T10:12:00Z", "2023-08-29 10:12:00", "2023-08-29T10:12:00+01:00",
        "2024-11", "en 2015", "Publié le 2 mars 2023 à 10h", "n° 2023-08", "du 29 au 31 août 2023", "le 31 février 2023", "2023-02-29", "31/04/2024",
    ];

    private static readonly string[] Languages = ["fr", "en", "en-GB", "EN", string.Empty, "xx", "e"];

    private static Gen<string> DateLikeText() => Gen.Frequency((1, TextInputs.DateText()), (1, Mutated(Expressions)));

    [Fact]
    public void Scan_ReportsOnlyExistingDatesInsideTheSpan_WhenTextIsDateLike()
    {
        var generator =
            from text in DateLikeText()
            from start in Gen.Choose(0, text.Length)
            from length in Gen.Choose(0, text.Length - start)
            from whole in Gen.Elements(true, true, false)
            from language in Gen.Elements(Languages)
            select new ScanCase(text, whole ? new TextSpan(0, text.Length) : new TextSpan(start, length), language);
        PropertyCheck.ForAll(generator, 1000, input =>
        {
            var mentions = DateExpressionScanner.Scan(input.Text, input.Within, input.Language);
            Invariants.Mentions(input.Text, input.Within, mentions);
        }, ScanCase.Shrink);
    }

    [Fact]
    public void TryParse_GivesOnlyExistingDates_WhenMetadataFieldIsDateLike()
    {
        var fields = Gen.Frequency((1, TextInputs.DateText()), (2, Mutated(["2023-08-29 10:12:00", "2023-08-29T10:12:00+01:00", "2023-08", "2023", " 2024-02-29 ", "2023-02-29T23:59:59.5Z"])));
        PropertyCheck.ForAll(fields.Cases(), 1000, input =>
        {
            if (MetadataDate.TryParse(input.Text, out var date))
            {
                Assert.True(date.IsKnown);
                Invariants.ValidDate(date);
            }
            else
            {
                Assert.False(date.IsKnown);
            }
        }, TextCase.Shrink);
    }

    [Fact]
    public void Find_DatesFromEvidenceInsideASegment_WhenTextAndSegmentsAreRandom()
    {
        var kinds = Enum.GetValues<SegmentKind>();
        var generator =
            from count in Gen.Choose(1, 6)
            from lines in Gen.ListOf(Gen.Frequency((3, DateLikeText()), (1, TextInputs.NameText())), count)
            from segmentKinds in Gen.ArrayOf(Gen.Elements(kinds), lines.Count)
            from metadata in Gen.Elements<string?>(null, string.Empty, "2023-08-29", "2023-13", "garbage", "2024-02-30")
            from language in Gen.Elements(Languages)
            select FindCase.Of([.. lines], segmentKinds, metadata, language);
        PropertyCheck.ForAll(generator, 500, input =>
        {
            var date = DocumentDateFinder.Find(input.Text, input.Segments, input.Metadata, input.Language);
            Invariants.Date(new Document { Id = "x", File = "x.txt", Text = input.Text, Segments = input.Segments, Date = date });
        });
    }

    [Fact]
    public void Resolve_GivesADayInOneCandidateYear_WhenMentionIsYearless()
    {
        var french = string.Join(" ; ", Expressions);
        const string english = "March 6 ; Tue. February 29 ; Sunday, 31 December";
        var mentions = DateExpressionScanner.Scan(french, new TextSpan(0, french.Length), "fr")
            .Concat(DateExpressionScanner.Scan(english, new TextSpan(0, english.Length), "en"))
            .Where(m => m.IsYearless)
            .ToArray();
        Assert.NotEmpty(mentions);
        var generator =
            from mention in Gen.Elements(mentions)
            from count in Gen.Choose(0, 6)
            from years in Gen.ListOf(Gen.Choose(DateRange.FirstYear, DateRange.LastYear), count)
            select (mention, years);
        PropertyCheck.ForAll(generator, 500, input =>
        {
            var date = YearResolver.Resolve(input.mention, input.years);
            if (date.IsKnown)
            {
                Invariants.ValidDate(date);
                Assert.Contains(date.Year, input.years);
                Assert.Equal((input.mention.Month, input.mention.Day), (date.Month, date.Day));
                Assert.True(input.mention.Weekday is null || input.mention.Weekday == new DateOnly(date.Year, date.Month, date.Day).DayOfWeek);
            }
        });
    }

    /// <summary>Real expressions damaged a character at a time: deleted, doubled, replaced, accented, recased.</summary>
    internal static Gen<string> Mutated(string[] bases)
    {
        var edit = from kind in Gen.Choose(0, 5)
                   from at in Gen.Choose(0, 1000)
                   from piece in Gen.Frequency((3, TextInputs.DateText()), (1, Gen.Elements("\u0301", "\u00A0", "\uD800", "0", "9", "/", ".", " ", "er")))
                   select (Func<string, string>)(s => Edit(s, kind, at, piece));
        return from text in Gen.Elements(bases)
               from count in Gen.Choose(1, 4)
               from edits in Gen.ListOf(edit, count)
               select edits.Aggregate(text, (s, e) => e(s));
    }

    private static string Edit(string text, int kind, int at, string piece)
    {
        var i = at % (text.Length + 1);
        return kind switch
        {
            0 => text.Length == 0 ? text : text.Remove(at % text.Length, 1),
            1 => text.Insert(i, piece),
            2 => text[..i] + text[i..] + text[i..],
            3 => text.ToUpperInvariant(),
            4 => text.Insert(i, piece.Length > 0 ? piece[..1] : piece),
            _ => text[..i],
        };
    }

    internal sealed record ScanCase(string Text, TextSpan Within, string Language)
    {
        public override string ToString() => $"{PropertyCheck.Show(Text)} within {Within} in '{Language}'";

        public static IEnumerable<ScanCase> Shrink(ScanCase input) =>
            PropertyCheck.Smaller(input.Text.ToCharArray())
                .Select(c => new string(c))
                .Select(t => input with { Text = t, Within = new TextSpan(Math.Min(input.Within.Start, t.Length), Math.Min(input.Within.Length, t.Length - Math.Min(input.Within.Start, t.Length))) });
    }

    internal sealed record FindCase(string Text, Segment[] Segments, string? Metadata, string Language)
    {
        public static FindCase Of(string[] lines, SegmentKind[] kinds, string? metadata, string language)
        {
            var segments = new List<Segment>();
            var offset = 0;
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Length > 0)
                {
                    segments.Add(new Segment(new TextSpan(offset, lines[i].Length), kinds[i], "test"));
                }

                offset += lines[i].Length + 1;
            }

            return new FindCase(string.Join('\n', lines), [.. segments], metadata, language);
        }

        public override string ToString() =>
            $"{PropertyCheck.Show(Text)} segments [{string.Join(", ", Segments.Select(s => $"{s.Kind}{s.Span}"))}] metadata {Metadata ?? "null"} in '{Language}'";
    }
}
