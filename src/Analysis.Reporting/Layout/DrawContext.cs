using SkiaSharp;

namespace Analysis.Reporting.Layout;

/// <summary>
/// What a block draws onto: the page's canvas, the page's number, and the register of named destinations,
/// so a heading records where it landed (for the table of contents) and a link can point at it.
/// </summary>
internal sealed class DrawContext(SKCanvas canvas, int page, DestinationRegister destinations, bool probing = false)
{
    /// <summary>The page's canvas.</summary>
    public SKCanvas Canvas { get; } = canvas;

    /// <summary>The page's number, from 1.</summary>
    public int Page { get; } = page;

    /// <summary>
    /// Whether this is the page loop's first pass, which only finds where destinations land: a block whose
    /// drawing is costly and places nothing (a chart) may skip it.
    /// </summary>
    public bool Probing { get; } = probing;

    /// <summary>Where each named destination landed.</summary>
    public DestinationRegister Destinations { get; } = destinations;

    /// <summary>Marks <paramref name="name"/> at (<paramref name="left"/>, <paramref name="top"/>) on this page.</summary>
    public void Destination(string name, float left, float top)
    {
        Destinations.Record(name, Page);
        Canvas.DrawNamedDestinationAnnotation(new SKPoint(left, top), name);
    }

    /// <summary>Makes <paramref name="area"/> a link to <paramref name="target"/>.</summary>
    public void Link(SKRect area, Text.LinkTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Url is { } url)
        {
            Canvas.DrawUrlAnnotation(area, url);
        }
        else if (target.Anchor is { } anchor)
        {
            Canvas.DrawLinkDestinationAnnotation(area, anchor);
        }
    }
}
