using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using ScottPlot;

namespace Analysis.Core.Charts;

/// <summary>
/// One actor's ego network: the actor, the actors named with it and the ties among them
/// (<see cref="CooccurrenceAnalysis.Ego"/>), drawn as <see cref="NetworkGraphChart"/> draws a network, with the
/// focus ringed in black, labelled in bold, laid out from the centre and always shown.
/// </summary>
public static class EgoNetworkChart
{
    /// <summary>
    /// The ego network of <paramref name="focus"/> (an actor id or canonical name, case and accents ignored) in
    /// <paramref name="period"/> (the whole corpus when null), its texts in <paramref name="wording"/> (English when null).
    /// </summary>
    /// <exception cref="ArgumentException">No actor of that id or name takes part in the counts.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options ask for fewer than one node or layout iteration.</exception>
    public static Plot Create(CooccurrenceAnalysis analysis, string focus, Period? period = null, NetworkChartOptions? options = null, string? title = null, ChartWording? wording = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ChartFonts.Register();
        ArgumentException.ThrowIfNullOrWhiteSpace(focus);
        options = NetworkGraphChart.Check(options);
        return Create(analysis.Ego(focus).Counts, period, options, title, wording);
    }

    /// <summary>
    /// The ego network in <paramref name="egoCounts"/>, counts made with a focus
    /// (<see cref="CooccurrenceOptions.Focus"/>), as the runner streams them, in <paramref name="period"/>, its texts
    /// in <paramref name="wording"/> (English when null).
    /// </summary>
    /// <exception cref="ArgumentException">The counts were made without a focus, or their focus was not found.</exception>
    public static Plot Create(CooccurrenceCounts egoCounts, Period? period = null, NetworkChartOptions? options = null, string? title = null, ChartWording? wording = null)
    {
        ArgumentNullException.ThrowIfNull(egoCounts);
        ChartFonts.Register();
        options = NetworkGraphChart.Check(options);
        var shown = period ?? Period.All;
        var actor = egoCounts.Focus ?? throw new ArgumentException("These counts have no focus actor; count with CooccurrenceOptions.Focus set.", nameof(egoCounts));
        var name = ChartParts.Shorten(actor.Name, 40);
        wording ??= ChartWording.English;
        title ??= wording.EgoTitle(name, shown);
        return egoCounts.PresenceOf(shown, options.Network.Window).Any(p => p.Actor.Id == actor.Id)
            ? NetworkGraphChart.Build(egoCounts, shown, options, title, actor.Id, wording)
            : ChartParts.NoData(wording.NotNamedIn(name, shown), title);
    }
}
