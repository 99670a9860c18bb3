namespace Analysis.Reporting.Fluent;

/// <summary>How a table column's cells are aligned.</summary>
public enum CellAlignment
{
    /// <summary>Text: ragged right.</summary>
    Left,

    /// <summary>Figures: aligned on the right, so units line up.</summary>
    Right,

    /// <summary>Short marks: centred.</summary>
    Center,
}
