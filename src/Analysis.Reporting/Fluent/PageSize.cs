namespace Analysis.Reporting.Fluent;

/// <summary>The paper a document is laid out for.</summary>
public enum PageSize
{
    /// <summary>ISO A4, 210 × 297 mm.</summary>
    A4,

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    Letter,
}
