using System.CommandLine.Parsing;
using System.Globalization;

namespace Analysis.Briefing;

/// <summary>
/// Custom parsers for the options' values. Each bad value adds one error naming the option as typed, the
/// value and what is accepted; a parser never throws, which a validator reading the value would do.
/// </summary>
internal static class OptionParsers
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    /// <summary>A whole number of articles, 1 or more.</summary>
    public static int MinSupport(ArgumentResult result)
    {
        var text = Single(result);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var articles) || articles < 1)
        {
            result.AddError($"{OptionName(result)} needs a whole number of articles, 1 or more (got '{text}').");
            return 1;
        }

        return articles;
    }

    /// <summary>A number of threads, 1 to 256.</summary>
    public static int Threads(ArgumentResult result)
    {
        var text = Single(result);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var threads) || threads is < 1 or > 256)
        {
            result.AddError($"{OptionName(result)} needs a whole number of threads, 1 to 256 (got '{text}').");
            return 1;
        }

        return threads;
    }

    /// <summary>
    /// One of <paramref name="choices"/>, case ignored; a bad value's error lists the names in the order given.
    /// </summary>
    public static T Choice<T>(ArgumentResult result, IReadOnlyList<(string Name, T Value)> choices, string what)
    {
        var text = Single(result);
        foreach (var (name, value) in choices)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        result.AddError($"unknown {what} '{text}' for {OptionName(result)}; choose among {string.Join(", ", choices.Select(c => c.Name))}.");
        return choices[0].Value;
    }

    /// <summary>The first day of a <c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or <c>yyyy</c> date: <c>--from 2023-09</c> starts on 1 September.</summary>
    public static DateOnly? FirstDay(ArgumentResult result) => Date(result, lastDay: false);

    /// <summary>The last day of a <c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or <c>yyyy</c> date: <c>--to 2023-12</c> ends on 31 December.</summary>
    public static DateOnly? LastDay(ArgumentResult result) => Date(result, lastDay: true);

    /// <summary>Text that is not blank (a title, a name).</summary>
    public static string? Text(ArgumentResult result)
    {
        var text = Single(result);
        if (string.IsNullOrWhiteSpace(text))
        {
            result.AddError($"{OptionName(result)} needs some text (got '{text}').");
            return null;
        }

        return text.Trim();
    }

    /// <summary>
    /// Reads a date bound the way the parsers do, for the checks that compare two options: the first or
    /// last day of the date <paramref name="text"/> names; false when it names none.
    /// </summary>
    public static bool TryDate(string text, bool lastDay, out DateOnly date)
    {
        date = default;
        if (!DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        var first = DateOnly.FromDateTime(parsed);
        date = !lastDay ? first : text.Length switch
        {
            4 => new DateOnly(first.Year, 12, 31),
            7 => first.AddMonths(1).AddDays(-1),
            _ => first,
        };
        return true;
    }

    /// <summary>The option's name as the user typed it (<c>-p</c>, <c>--periods</c>), for messages.</summary>
    public static string OptionName(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.IdentifierToken?.Value ?? option.Option.Name : result.Argument.Name;

    private static DateOnly? Date(ArgumentResult result, bool lastDay)
    {
        var text = Single(result);
        if (!TryDate(text, lastDay, out var date))
        {
            result.AddError($"{OptionName(result)} needs a date as yyyy-MM-dd, yyyy-MM or yyyy (got '{text}').");
            return null;
        }

        return date;
    }

    private static string Single(ArgumentResult result) => result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
}
