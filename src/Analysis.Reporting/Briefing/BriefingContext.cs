using System.Globalization;
using Analysis.Core.Corpus;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Reporting.Fluent;

namespace Analysis.Reporting.Briefing;

/// <summary>What every section reads: the data, the language, the citations so far, and how to write dates and lists.</summary>
internal sealed class BriefingContext(BriefingData data, BriefingOptions options)
{
    private Dictionary<string, int>? _articles;

    public BriefingData Data { get; } = data;

    public BriefingOptions Options { get; } = options;

    public BriefingStrings Text { get; } = BriefingStrings.For(options.Language);

    public Citations Citations { get; } = new();

    public CultureInfo Culture => Text.Culture;

    /// <summary>The articles naming each actor, by actor id.</summary>
    public IReadOnlyDictionary<string, int> ArticlesByActor => _articles ??= Data.Totals.Actors.ToDictionary(a => a.Actor.Id, a => a.Documents, StringComparer.Ordinal);

    /// <summary>A period as a reader says it: "November 2023", "Q4 2023", "week of 6 Nov 2023".</summary>
    public string Period(Period period) => period.Unit switch
    {
        PeriodUnit.All => Text.Whole,
        PeriodUnit.Day => period.Start.ToString("d MMMM yyyy", Culture),
        PeriodUnit.Week => (Text.Code == "fr" ? "semaine du " : "week of ") + period.Start.ToString("d MMM yyyy", Culture),
        PeriodUnit.Month => period.Start.ToString("MMMM yyyy", Culture),
        PeriodUnit.Quarter => (Text.Code == "fr" ? "T" : "Q") + (((period.Start.Month - 1) / 3) + 1).ToString(Culture) + " " + period.Start.Year.ToString(Culture),
        _ => period.Start.Year.ToString(Culture),
    };

    /// <summary>A date at its precision: "29 Aug 2023", "Aug 2023", "2023", or a dash.</summary>
    public string Date(PartialDate date)
    {
        if (!date.IsKnown || date.FirstDay is not { } day)
        {
            return "–";
        }

        return date.Precision switch
        {
            DatePrecision.Day => day.ToString("d MMM yyyy", Culture),
            DatePrecision.Month => day.ToString("MMM yyyy", Culture),
            _ => day.Year.ToString(Culture),
        };
    }

    public string Number(double value, int decimals = 0) => value.ToString(decimals == 0 ? "N0" : "N" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    /// <summary>A figure's source line: the articles, where two actors must be named, what ties are weighted by.</summary>
    public string FigureSource()
    {
        var network = Data.Totals.Settings.Network;
        return Text.Format(Text.FigureSource, Number(Data.Summary.Loaded), Text.Same(network.Window), Text.Term(network.Weight));
    }

    /// <summary>
    /// Writes <paramref name="format"/> into <paramref name="text"/>, its placeholders replaced by
    /// <paramref name="args"/>: a string in bold (a name), <see cref="Names"/> as a list of bold names,
    /// anything else (figures, <see cref="Plain"/>) as plain text.
    /// </summary>
    public TextBuilder Compose(TextBuilder text, string format, params object[] args)
    {
        var position = 0;
        while (position < format.Length)
        {
            var open = format.IndexOf('{', position);
            if (open < 0 || open + 2 >= format.Length || format[open + 2] != '}' || !char.IsAsciiDigit(format[open + 1]))
            {
                text.Text(format[position..]);
                break;
            }

            text.Text(format[position..open]);
            var arg = args[format[open + 1] - '0'];
            switch (arg)
            {
                case string name:
                    text.Bold(name);
                    break;
                case Names names:
                    for (var i = 0; i < names.Items.Count; i++)
                    {
                        text.Text(i == 0 ? string.Empty : i == names.Items.Count - 1 ? " " + Text.And + " " : ", ").Bold(names.Items[i]);
                    }

                    break;
                default:
                    text.Text(Text.Figure(arg));
                    break;
            }

            position = open + 3;
        }

        return text;
    }
}
