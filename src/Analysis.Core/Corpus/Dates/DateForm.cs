namespace Analysis.Core.Corpus.Dates;

/// <summary>How a date expression is written. Year-less forms say so, since their year must come from elsewhere.</summary>
public enum DateForm
{
    /// <summary>Day, month name and year: "le mardi 29 août 2023", "1er novembre 2023", "Tuesday, 29 August 2023".</summary>
    DayMonthYear,

    /// <summary>Month name, day and year, the American order: "August 29, 2023", "Aug. 29, 2023".</summary>
    MonthDayYear,

    /// <summary>Day and month name without a year: "6 mars", "ce mercredi 6 mars".</summary>
    DayMonth,

    /// <summary>Month name and day without a year: "March 6".</summary>
    MonthDay,

    /// <summary>Month name and year: "novembre 2023", "November 2023".</summary>
    MonthYear,

    /// <summary>Digits with slashes, dashes or dots: "29/08/2023", "29-08-2023", "29.08.2023".</summary>
    NumericDate,

    /// <summary>ISO 8601 calendar date, perhaps with a time: "2023-08-29", "2023-08-29T10:12:00Z".</summary>
    IsoDate,

    /// <summary>ISO 8601 month: "2024-11".</summary>
    IsoMonth,

    /// <summary>A year standing alone: "en 2015". Too weak on its own to date an article.</summary>
    YearOnly,
}
