namespace Analysis.Reporting.Layout.Text;

/// <summary>One laid-out line: its segments from left to right, its width, and its height and baseline at the paragraph's leading.</summary>
internal sealed record TextLine(IReadOnlyList<LineSegment> Segments, float Width, float Height, float Baseline)
{
    /// <summary>The line's text, as a reader would copy it.</summary>
    public string Text => string.Concat(Segments.Select(s => s.Text));
}
