using SkiaSharp;

namespace Analysis.Reporting.Layout.Blocks;

/// <summary>How a table looks: the header's fill, zebra stripes or rules between rows, and cell padding.</summary>
internal sealed record TableStyle
{
    /// <summary>A light grey header, zebra stripes, 3 × 4 pt padding.</summary>
    public static TableStyle Default { get; } = new();

    /// <summary>The header row's fill.</summary>
    public SKColor HeaderFill { get; init; } = new(0xE4, 0xE8, 0xEE);

    /// <summary>The fill of every other body row; transparent for none.</summary>
    public SKColor StripeFill { get; init; } = new(0xF4, 0xF6, 0xF8);

    /// <summary>Whether a thin rule separates body rows (instead of or besides stripes).</summary>
    public bool Rules { get; init; }

    /// <summary>The rules' colour, and the line under the header and the table.</summary>
    public SKColor RuleColor { get; init; } = new(0xB8, 0xC0, 0xCA);

    /// <summary>Space between a cell's edge and its text, top and bottom.</summary>
    public float PaddingY { get; init; } = 3f;

    /// <summary>Space between a cell's edge and its text, left and right.</summary>
    public float PaddingX { get; init; } = 4f;
}
