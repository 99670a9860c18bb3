namespace Analysis.Core.Frames;

/// <summary>What a <see cref="TableColumn{T}"/> holds, for writers of typed formats (Parquet) and readers that compare them.</summary>
public enum TableColumnKind
{
    /// <summary>Free text; CSV protects it against spreadsheet formulas (<see cref="SpreadsheetSafety"/>).</summary>
    Text,

    /// <summary>Identifiers other tools join on, written exactly as they are.</summary>
    Key,

    /// <summary>Whole numbers (32-bit).</summary>
    Count,

    /// <summary>Real numbers.</summary>
    Number,
}
