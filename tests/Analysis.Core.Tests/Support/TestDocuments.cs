using Analysis.Core.Corpus;
using Analysis.Core.Text;

namespace Analysis.Core.Tests.Support;

/// <summary>Documents written in a test: each line is a segment, content unless marked otherwise.</summary>
public static class TestDocuments
{
    /// <summary>
    /// A document whose lines are content segments, except lines starting with a marker:
    /// <c>[title]</c>, <c>[byline]</c> or <c>[boilerplate]</c> (the marker and one space are removed).
    /// </summary>
    public static Document Article(string text, string date = "2024-11-06", string author = "", string outlet = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var builder = new System.Text.StringBuilder();
        var segments = new List<Segment>();
        foreach (var line in lines)
        {
            var (kind, body) = Marked(line);
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            if (body.Length > 0)
            {
                segments.Add(new Segment(new TextSpan(builder.Length, body.Length), kind, "test"));
            }

            builder.Append(body);
        }

        var full = builder.ToString();
        _ = PartialDate.TryParse(date, out var value);
        return new Document
        {
            Id = DocumentId.Of(full),
            File = "test.txt",
            Text = full,
            Segments = segments,
            Author = author,
            Outlet = outlet,
            Date = value.IsKnown ? new DocumentDate(value, DateOrigin.Metadata, date, null) : DocumentDate.None,
        };
    }

    private static (SegmentKind Kind, string Body) Marked(string line)
    {
        foreach (var (marker, kind) in new[] { ("[title] ", SegmentKind.Title), ("[byline] ", SegmentKind.Byline), ("[boilerplate] ", SegmentKind.Boilerplate) })
        {
            if (line.StartsWith(marker, StringComparison.Ordinal))
            {
                return (kind, line[marker.Length..]);
            }
        }

        return (SegmentKind.Content, line);
    }
}
