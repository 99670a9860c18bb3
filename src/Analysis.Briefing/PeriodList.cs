using System.CommandLine.Parsing;
using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Briefing;

/// <summary>Reads <c>--period month,year</c> and names a unit in messages.</summary>
internal static class PeriodList
{
    private static readonly PeriodUnit[] Choices = [PeriodUnit.Day, PeriodUnit.Week, PeriodUnit.Month, PeriodUnit.Quarter, PeriodUnit.Year];

    /// <summary>The units named, in the order given; an unknown name is a usage error that lists the choices.</summary>
    public static IReadOnlyList<PeriodUnit> Parse(ArgumentResult result)
    {
        var units = new List<PeriodUnit>();
        foreach (var name in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var unit = Choices.FirstOrDefault(c => string.Equals(c.ToString(), name, StringComparison.OrdinalIgnoreCase), PeriodUnit.All);
            if (unit == PeriodUnit.All)
            {
                result.AddError($"unknown period '{name}' for {OptionParsers.OptionName(result)}; choose among day, week, month, quarter, year (the whole corpus is always counted).");
                return [];
            }

            units.Add(unit);
        }

        if (units.Count == 0)
        {
            result.AddError($"{OptionParsers.OptionName(result)} needs at least one of day, week, month, quarter, year.");
        }

        return units;
    }

    /// <summary>"months", "weeks", … for the summary line.</summary>
    public static string Plural(PeriodUnit unit) => unit == PeriodUnit.All ? "periods" : unit.ToString().ToLowerInvariant() + "s";
}
