using Analysis.Reporting.Layout.Text;

namespace Analysis.Reporting.Layout.Blocks;

/// <summary>How a paragraph is set: spacing, leading, alignment, indent, and a destination name when links lead to it.</summary>
internal sealed record ParagraphFormat
{
    /// <summary>Body text: 6 pt after, 1.35 leading, ragged right.</summary>
    public static ParagraphFormat Body { get; } = new();

    /// <summary>Space above, in points.</summary>
    public float SpaceBefore { get; init; }

    /// <summary>Space below, in points.</summary>
    public float SpaceAfter { get; init; } = 6f;

    /// <summary>Line height as a multiple of the largest font size on the line.</summary>
    public float Leading { get; init; } = 1.35f;

    /// <summary>Where lines sit in the width.</summary>
    public TextAlignment Alignment { get; init; } = TextAlignment.Left;

    /// <summary>Left indent, in points.</summary>
    public float Indent { get; init; }

    /// <summary>Whether the paragraph stays on the page of the block after it.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>The destination name the paragraph's top carries, for internal links; null for none.</summary>
    public string? Anchor { get; init; }
}
