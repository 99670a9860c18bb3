using SkiaSharp;

namespace Analysis.Reporting.Layout.Text;

/// <summary>Draws laid-out lines, underlining nothing but making every linked segment clickable.</summary>
internal static class TextPainter
{
    /// <summary>Draws <paramref name="lines"/> from (<paramref name="left"/>, <paramref name="top"/>), aligned in <paramref name="width"/>.</summary>
    public static void Draw(DrawContext context, IEnumerable<TextLine> lines, float left, float top, float width, TextAlignment alignment)
    {
        var y = top;
        foreach (var line in lines)
        {
            var offset = alignment switch
            {
                TextAlignment.Right => width - line.Width,
                TextAlignment.Center => (width - line.Width) / 2f,
                _ => 0f,
            };
            foreach (var segment in line.Segments)
            {
                var style = segment.Run.Style;
                using var paint = new SKPaint { Color = style.Color == default ? SKColors.Black : style.Color, IsAntialias = true };
                var x = left + offset + segment.X;
                context.Canvas.DrawText(segment.Text, x, y + line.Baseline, SKTextAlign.Left, FontCache.Of(style), paint);
                if (segment.Run.Link is { } link)
                {
                    context.Link(new SKRect(x, y, x + segment.Width, y + line.Height), link);
                }
            }

            y += line.Height;
        }
    }
}
