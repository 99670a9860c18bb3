using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.Corpus.Dates;
using Analysis.Core.Text;

namespace Analysis.Core.Tests.Properties;

/// <summary>
/// What must hold of any document, date mention or extraction, whatever the input: every offset lies
/// in the text, every text carried beside an offset is the text at that offset, every date exists.
/// </summary>
internal static class Invariants
{
    public static void SpanInside(TextSpan span, int length, string what)
    {
        Assert.True(span.Start >= 0 && span.Length >= 0 && span.End <= length, $"{what} {span} lies outside 0..{length}");
    }

    public static void Document(Document document)
    {
        var text = document.Text;
        Assert.NotNull(text);
        Assert.Equal(DocumentId.Of(text), document.Id);
        var previousEnd = 0;
        foreach (var segment in document.Segments)
        {
            SpanInside(segment.Span, text.Length, $"segment {segment.Kind}({segment.Rule})");
            Assert.True(segment.Span.Start >= previousEnd, $"segment {segment.Span} overlaps or precedes the one ending at {previousEnd}");
            Assert.False(segment.Span.IsEmpty, $"empty segment at {segment.Span}");
            Assert.False(string.IsNullOrEmpty(segment.Rule), $"segment {segment.Span} has no rule");
            previousEnd = segment.Span.End;
        }

        Date(document);
    }

    public static void Date(Document document)
    {
        var date = document.Date;
        Assert.NotNull(date);
        Assert.Equal(date.Origin == DateOrigin.None, !date.Value.IsKnown);
        ValidDate(date.Value);
        if (date.Origin == DateOrigin.Metadata)
        {
            Assert.Null(date.Span);
        }
        else if (date.Origin != DateOrigin.None)
        {
            var span = Assert.NotNull(date.Span);
            SpanInside(span, document.Text.Length, "date evidence");
            Assert.Equal(span.Slice(document.Text), date.Evidence);
            Assert.True(document.SegmentAt(span) is not null, $"date evidence {span} lies in no segment");
        }
    }

    /// <summary>A partial date's parts exist: 1900–2100, month 1–12, day within the month.</summary>
    public static void ValidDate(PartialDate date)
    {
        if (!date.IsKnown)
        {
            Assert.Equal((0, 0), (date.Month, date.Day));
            return;
        }

        Assert.InRange(date.Year, DateRange.FirstYear, DateRange.LastYear);
        if (date.Month != 0)
        {
            Assert.InRange(date.Month, 1, 12);
        }

        if (date.Day != 0)
        {
            Assert.InRange(date.Day, 1, DateTime.DaysInMonth(date.Year, date.Month));
        }

        Assert.True(date.FirstDay <= date.LastDay, $"{date} ends before it starts");
    }

    /// <summary>Mentions lie inside <paramref name="within"/>, carry the text there, do not overlap, and name dates that exist.</summary>
    public static void Mentions(string text, TextSpan within, IReadOnlyList<DateMention> mentions)
    {
        var previousEnd = within.Start;
        foreach (var mention in mentions)
        {
            Assert.True(within.Contains(mention.Span) && !mention.Span.IsEmpty, $"mention {mention.Span} outside {within}");
            Assert.True(mention.Span.Start >= previousEnd, $"mention {mention.Span} overlaps the previous one");
            Assert.Equal(mention.Span.Slice(text), mention.Text);
            previousEnd = mention.Span.End;
            if (mention.Year is int year)
            {
                Assert.InRange(year, DateRange.FirstYear, DateRange.LastYear);
            }

            if (mention.Month is int month)
            {
                Assert.InRange(month, 1, 12);
            }

            if (mention.Day is int day)
            {
                Assert.InRange(day, 1, DateTime.DaysInMonth(mention.Year ?? 2000, Assert.NotNull(mention.Month)));
            }

            ValidDate(mention.Date);
        }
    }

    /// <summary>Sentences and mentions of an extraction lie in the text; surfaces are the text at their spans.</summary>
    public static void Extraction(ExtractedDocument extracted)
    {
        var document = extracted.Document;
        var text = document.Text;
        var previousEnd = 0;
        foreach (var sentence in extracted.Sentences)
        {
            SpanInside(sentence, text.Length, "sentence");
            Assert.True(sentence.Start >= previousEnd, $"sentence {sentence} overlaps the previous one");
            Assert.True(document.SegmentAt(sentence) is not null, $"sentence {sentence} crosses a segment boundary");
            previousEnd = sentence.End;
        }

        foreach (var mention in extracted.Mentions.Concat(extracted.SetAside))
        {
            SpanInside(mention.Span, text.Length, $"mention of {mention.Actor.Id}");
            Assert.False(mention.Span.IsEmpty, $"empty mention of {mention.Actor.Id} at {mention.Span}");
            Assert.Equal(mention.Span.Slice(text), mention.Surface);
            Assert.Equal(document.Id, mention.DocumentId);
            Assert.InRange(mention.Sentence, -1, extracted.Sentences.Count - 1);
            Assert.False(string.IsNullOrEmpty(mention.Actor.Id), $"mention {mention.Span} has an actor without id");
        }

        foreach (var mention in extracted.Mentions)
        {
            Assert.True(mention.IsActorMention, $"{mention.Surface} at {mention.Span} is listed as an actor mention from a {mention.Segment} segment");
            Assert.True(mention.Sentence >= 0, $"actor mention {PropertyCheck.Show(mention.Surface)} at {mention.Span} lies in no sentence");
            Assert.True(
                extracted.Sentences[mention.Sentence].Contains(mention.Span),
                $"actor mention {PropertyCheck.Show(mention.Surface)} at {mention.Span} runs out of its sentence {extracted.Sentences[mention.Sentence]}");
        }

        Assert.All(extracted.SetAside, m => Assert.False(m.IsActorMention));
    }
}
