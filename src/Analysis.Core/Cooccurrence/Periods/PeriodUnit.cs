namespace Analysis.Core.Cooccurrence.Periods;

/// <summary>How finely time is cut into periods.</summary>
public enum PeriodUnit
{
    /// <summary>Calendar days (<c>2023-08-29</c>); only documents dated to the day.</summary>
    Day,

    /// <summary>ISO 8601 weeks, Monday to Sunday (<c>2023-W35</c>); only documents dated to the day.</summary>
    Week,

    /// <summary>Calendar months (<c>2023-08</c>); documents dated to the day or the month.</summary>
    Month,

    /// <summary>Calendar quarters (<c>2023-Q3</c>); documents dated to the day or the month.</summary>
    Quarter,

    /// <summary>Calendar years (<c>2023</c>); every dated document.</summary>
    Year,

    /// <summary>The whole corpus (<c>all</c>), undated documents included.</summary>
    All,
}
