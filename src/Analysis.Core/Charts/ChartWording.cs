using System.Globalization;
using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Core.Charts;

/// <summary>
/// Every word a chart draws, in one language: titles, axis captions, legends, the "no data" messages, and
/// the way numbers are written. A chart in a French briefing speaks French, its numbers grouped the French
/// way ("1 234", "0,25"). Names and quotes from articles are never translated; period labels stay ISO.
/// Each language is a whole sentence per case rather than words put together, since agreement and word
/// order differ ("the last 24 months" is "les 24 derniers mois" but "les 24 dernières semaines").
/// </summary>
public abstract class ChartWording
{
    /// <summary>English, every chart's default.</summary>
    public static ChartWording English { get; } = new EnglishChartWording();

    /// <summary>French.</summary>
    public static ChartWording French { get; } = new FrenchChartWording();

    /// <summary>The culture numbers are written in.</summary>
    public abstract CultureInfo Culture { get; }

    /// <summary>A count as an axis or a bar writes it: "1,234", "1 234".</summary>
    public string Count(double value) => value.ToString("N0", Culture);

    /// <summary>A measure with <paramref name="digits"/> decimals: "0.25", "0,25".</summary>
    public string Number(double value, int digits) => value.ToString("N" + digits.ToString(CultureInfo.InvariantCulture), Culture);

    /// <summary>An actor type, as legends show it.</summary>
    public abstract string TypeName(ActorType type);

    /// <summary>A Louvain community, as legends show it.</summary>
    public abstract string Community(int community);

    /// <summary>The period a title names: its label, or the words for the whole corpus.</summary>
    public abstract string Period(Period period);

    /// <summary>The title of <see cref="TopActorsChart"/>.</summary>
    public abstract string TopActorsTitle { get; }

    /// <summary>The title of <see cref="ActorTimelineChart"/>.</summary>
    public abstract string ActorTimelineTitle(PeriodUnit unit);

    /// <summary>The title of <see cref="TieTimelineChart"/>.</summary>
    public abstract string TieTimelineTitle(PeriodUnit unit);

    /// <summary>The title of <see cref="CooccurrenceHeatmapChart"/>.</summary>
    public abstract string HeatmapTitle(Period period);

    /// <summary>The title of <see cref="NetworkGraphChart"/>.</summary>
    public abstract string NetworkTitle(Period period);

    /// <summary>The title of <see cref="EgoNetworkChart"/> for the actor <paramref name="name"/>.</summary>
    public abstract string EgoTitle(string name, Period period);

    /// <summary>The count axis of the actor charts.</summary>
    public abstract string ArticlesNamingActor { get; }

    /// <summary>
    /// The caption of a time axis: <paramref name="shown"/> periods drawn of <paramref name="withArticles"/> with
    /// articles (more when only the most recent are drawn), and <paramref name="missing"/> periods without
    /// articles between the first and the last drawn, left out.
    /// </summary>
    public abstract string PeriodCaption(PeriodUnit unit, int shown, int withArticles, int missing);

    /// <summary>The second line of the tie timeline's caption: what a row and a dot stand for.</summary>
    public abstract string TieTimelineCaption(CooccurrenceWindow window, TieWeight weight);

    /// <summary>The heatmap's caption: which <paramref name="actors"/> are shown, and in which order.</summary>
    public abstract string HeatmapCaption(int actors, CooccurrenceWindow window, ActorOrder order);

    /// <summary>The heatmap's colour bar: what a cell holds.</summary>
    public abstract string MeasureLabel(TieMeasure measure, CooccurrenceWindow window);

    /// <summary>A network drawing's caption: <paramref name="drawn"/> of the <paramref name="named"/> actors of the period.</summary>
    public abstract string NetworkCaption(CooccurrenceWindow window, TieWeight weight, int drawn, int named);

    /// <summary>An empty actor timeline.</summary>
    public abstract string NoActorsBy(PeriodUnit unit);

    /// <summary>An empty tie timeline.</summary>
    public abstract string NoTiesBy(PeriodUnit unit, CooccurrenceWindow window);

    /// <summary>An empty chart of the most reported actors.</summary>
    public abstract string NoActors { get; }

    /// <summary>A period without actors in the window, for a heatmap or a network.</summary>
    public abstract string NoActorsIn(Period period, CooccurrenceWindow window);

    /// <summary>A heatmap whose measure is undefined for every pair shown.</summary>
    public abstract string NoMeasureIn(TieMeasure measure, Period period, CooccurrenceWindow window);

    /// <summary>A network of <paramref name="named"/> actors none of whom is named with another.</summary>
    public abstract string NoneTogether(Period period, int named, CooccurrenceWindow window);

    /// <summary>An ego network whose actor <paramref name="name"/> is not named in the period.</summary>
    public abstract string NotNamedIn(string name, Period period);
}
