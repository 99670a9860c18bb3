using SkiaSharp;

namespace Analysis.Reporting.Layout.Text;

/// <summary>How a run of text looks: size in points, weight, slant and colour.</summary>
internal readonly record struct TextStyle(float Size, bool Bold = false, bool Italic = false, SKColor Color = default)
{
    /// <summary>Body text: 10 pt, regular, near-black.</summary>
    public static TextStyle Body { get; } = new(10f, Color: new SKColor(0x22, 0x22, 0x22));

    /// <summary>This style in bold.</summary>
    public TextStyle AsBold() => this with { Bold = true };

    /// <summary>This style in italics.</summary>
    public TextStyle AsItalic() => this with { Italic = true };

    /// <summary>This style at <paramref name="size"/> points.</summary>
    public TextStyle WithSize(float size) => this with { Size = size };

    /// <summary>This style in <paramref name="color"/>.</summary>
    public TextStyle WithColor(SKColor color) => this with { Color = color };
}
