using System.Text.RegularExpressions;
using Analysis.Core.Text;

namespace Analysis.Core.Corpus.Dates;

/// <summary>
/// The patterns that need no words: numeric and ISO dates, bare years, and the edges every date pattern
/// shares. All run on folded text (lower case, no accents; see <see cref="LengthPreservingFolding"/>).
/// </summary>
internal static partial class DatePatterns
{
    /// <summary>Match timeout, in milliseconds, for every date pattern.</summary>
    public const int TimeoutMs = 1000;

    /// <summary>
    /// A date starts after neither a letter or digit, nor a digit and a separator ("76.29.08.2023" is a
    /// phone number, not a date), nor a number sign ("n°2023-08" is a reference).
    /// </summary>
    public const string LeftEdge = @"(?<![\p{L}\p{N}°#]|\p{N}[-/.,:])";

    /// <summary>
    /// A date ends before neither a letter or digit nor a separator and a digit ("2023-08/PT-RM",
    /// "12345"); a full stop or comma ending a sentence is fine.
    /// </summary>
    public const string RightEdge = @"(?![\p{L}\p{N}]|[-/.,:]\p{N})";

    // Decrees and orders are numbered like dates ("ordonnance n° 2023-08", "No. 2024-11"); "nº" folds to "no".
    private const string NotAReference = @"(?<!\bn[°o]\.?\s*)";

    private const string Time =
        @"(?:[t ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:[.,][0-9]+)?)?(?:z|[+-](?:[01][0-9]|2[0-3]):?[0-5][0-9])?)?";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>"29/08/2023", "29-08-2023", "29.08.2023": the same separator twice, a four-digit year.</summary>
    [GeneratedRegex(LeftEdge + NotAReference + @"(?<first>[0-9]{1,2})(?<sep>[-/.])(?<second>[0-9]{1,2})\k<sep>(?<year>[0-9]{4})" + RightEdge, Options, TimeoutMs)]
    public static partial Regex Numeric();

    /// <summary>"2023-08-29", "2023-08-29T10:12:00Z", "2023-08-29 10:12:00", "2023-08-29T10:12:00+01:00".</summary>
    [GeneratedRegex(LeftEdge + NotAReference + @"(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})" + Time + RightEdge, Options, TimeoutMs)]
    public static partial Regex IsoDate();

    /// <summary>"2024-11".</summary>
    [GeneratedRegex(LeftEdge + NotAReference + @"(?<year>[0-9]{4})-(?<month>[0-9]{2})" + RightEdge, Options, TimeoutMs)]
    public static partial Regex IsoMonth();

    /// <summary>A four-digit number standing alone; whether it is a plausible year is checked afterwards.</summary>
    [GeneratedRegex(LeftEdge + NotAReference + @"(?<year>[0-9]{4})" + RightEdge, Options, TimeoutMs)]
    public static partial Regex Year();

    /// <summary>
    /// A whole metadata field: an ISO year, month, date or date-time ("2023-08-29 10:12:00",
    /// "2023-08-29T10:12:00+01:00", "2023-08"). Unlike the text patterns, it must cover the whole field.
    /// </summary>
    [GeneratedRegex(@"^\s*(?<year>[0-9]{4})(?:-(?<month>[0-9]{2})(?:-(?<day>[0-9]{2})" + Time + @")?)?\s*$", Options | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex MetadataField();
}
