namespace Analysis.Core.Corpus;

/// <summary>How much of a date is known. Periods are never finer than the precision allows.</summary>
public enum DatePrecision
{
    /// <summary>No date.</summary>
    None,

    /// <summary>Only the year.</summary>
    Year,

    /// <summary>Year and month.</summary>
    Month,

    /// <summary>A calendar day.</summary>
    Day,
}
