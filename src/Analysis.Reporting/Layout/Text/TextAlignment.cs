namespace Analysis.Reporting.Layout.Text;

/// <summary>Where the lines of a paragraph sit in its width.</summary>
internal enum TextAlignment
{
    /// <summary>Ragged right, the default for running text.</summary>
    Left,

    /// <summary>Ragged left, for figures in a table.</summary>
    Right,

    /// <summary>Centred, for a cover or a footer.</summary>
    Center,
}
