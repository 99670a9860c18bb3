using System.Globalization;
using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Core.Charts;

/// <summary>The charts' English words (<see cref="ChartWording.English"/>).</summary>
internal sealed class EnglishChartWording : ChartWording
{
    // The invariant culture writes numbers as en-US does, on every machine.
    public override CultureInfo Culture => CultureInfo.InvariantCulture;

    public override string TopActorsTitle => TopActorsChart.DefaultTitle;

    public override string ArticlesNamingActor => "Articles naming the actor";

    public override string NoActors => "No data for actors";

    public override string TypeName(ActorType type) => type switch
    {
        ActorType.Person => "Person",
        ActorType.Organization => "Organization",
        ActorType.Country => "Country",
        ActorType.Place => "Place",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown actor type."),
    };

    public override string Community(int community) => Invariant($"Community {community}");

    public override string Period(Period period) => period.Unit == PeriodUnit.All ? "all periods" : period.Label;

    public override string ActorTimelineTitle(PeriodUnit unit) => $"Articles naming the most reported actors, by {Lower(unit)}";

    public override string TieTimelineTitle(PeriodUnit unit) => $"The strongest ties, {Lower(unit)} by {Lower(unit)}";

    public override string HeatmapTitle(Period period) => $"Who is named with whom: {Period(period)}";

    public override string NetworkTitle(Period period) => $"Who appears with whom: {Period(period)}";

    public override string EgoTitle(string name, Period period) => $"{name} and the actors named with them: {Period(period)}";

    public override string PeriodCaption(PeriodUnit unit, int shown, int withArticles, int missing)
    {
        var name = Name(unit);
        var caption = withArticles > shown
            ? Invariant($"{name} (the last {shown} of {withArticles:N0} with articles")
            : Invariant($"{name} ({shown} with articles");
        return missing == 0
            ? caption + ")"
            : Invariant($"{caption}; {missing} {(missing == 1 ? Lower(unit) : Lower(unit) + "s")} without articles between them not shown)");
    }

    public override string TieTimelineCaption(CooccurrenceWindow window, TieWeight weight) =>
        $"Pairs {Named(window)}; dot size and number: {InCommon(weight)}";

    public override string HeatmapCaption(int actors, CooccurrenceWindow window, ActorOrder order) =>
        Invariant($"The {actors} strongest actors, {Named(window)};\n") + order switch
        {
            ActorOrder.Community => "by community (lines separate communities), then strength",
            ActorOrder.Strength => "strongest first",
            _ => "by name",
        };

    public override string MeasureLabel(TieMeasure measure, CooccurrenceWindow window)
    {
        var windows = window switch
        {
            CooccurrenceWindow.Sentence => "sentences",
            CooccurrenceWindow.Paragraph => "paragraphs",
            _ => "articles",
        };
        return measure switch
        {
            TieMeasure.Documents when window == CooccurrenceWindow.Document => "Articles naming both",
            TieMeasure.Documents => $"Articles naming both in one {Window(window)}",
            TieMeasure.Stories => "Stories naming both",
            TieMeasure.Windows => $"{char.ToUpperInvariant(windows[0])}{windows[1..]} naming both",
            TieMeasure.Jaccard => $"Jaccard: share of {windows} naming either that name both",
            TieMeasure.Npmi => "NPMI (−1 avoid, 0 chance, 1 always together)",
            TieMeasure.Pmi => "PMI, bits (0 = chance)",
            _ => "G², signed (above 3.84: significant at 5 %)",
        };
    }

    public override string NetworkCaption(CooccurrenceWindow window, TieWeight weight, int drawn, int named)
    {
        var shown = drawn < named ? Invariant($"the {drawn} strongest of {named} actors") : Invariant($"{named} actors");
        return $"Ties: {Named(window)}; edge width: {InCommon(weight)}; node size: strength; {shown}";
    }

    public override string NoActorsBy(PeriodUnit unit) => $"No data for actors by {Lower(unit)}";

    public override string NoTiesBy(PeriodUnit unit, CooccurrenceWindow window) => $"No data for ties by {Lower(unit)} ({Window(window)} window)";

    public override string NoActorsIn(Period period, CooccurrenceWindow window) => $"No data for {Period(period)} ({Window(window)} window)";

    public override string NoMeasureIn(TieMeasure measure, Period period, CooccurrenceWindow window) =>
        $"No data for {measure.ToString().ToLowerInvariant()} between actors in {Period(period)} ({Window(window)} window)";

    public override string NoneTogether(Period period, int named, CooccurrenceWindow window) =>
        Invariant($"No data for ties in {Period(period)}: {named} actors named, none together ({Window(window)} window)");

    public override string NotNamedIn(string name, Period period) => $"No data for {name} in {Period(period)}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Name(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Day => "Day",
        PeriodUnit.Week => "Week",
        PeriodUnit.Month => "Month",
        PeriodUnit.Quarter => "Quarter",
        PeriodUnit.Year => "Year",
        _ => "Period",
    };

    private static string Lower(PeriodUnit unit) => Name(unit).ToLowerInvariant();

    private static string Window(CooccurrenceWindow window) => window.ToString().ToLowerInvariant();

    private static string Named(CooccurrenceWindow window) => window switch
    {
        CooccurrenceWindow.Sentence => "named in the same sentence",
        CooccurrenceWindow.Paragraph => "named in the same paragraph",
        _ => "named in the same article",
    };

    private static string InCommon(TieWeight weight) => weight switch
    {
        TieWeight.Windows => "windows in common",
        TieWeight.Documents => "articles in common",
        _ => "stories in common",
    };
}
