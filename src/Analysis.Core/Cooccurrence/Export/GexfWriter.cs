using System.Globalization;
using System.Xml;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Frames;

namespace Analysis.Core.Cooccurrence.Export;

/// <summary>
/// Writes the network over time as GEXF 1.2 for Gephi: a dynamic graph in which each actor and each tie
/// lives in the periods it appears in (spells), and a tie's weight, articles and stories change from
/// period to period, so Gephi's timeline replays the changes. Version 1.2 (not 1.3) because it is the one
/// Gephi, networkx and most other readers all accept.
/// </summary>
public static class GexfWriter
{
    private const string Namespace = "http://www.gexf.net/1.2draft";

    /// <summary>Writes the periods of <paramref name="options"/>' unit from <paramref name="counts"/>.</summary>
    public static void Write(CooccurrenceCounts counts, TextWriter output, NetworkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(output);
        options ??= NetworkOptions.Default;
        var periods = counts.PeriodsOf(options.Unit);
        var presence = counts.Presence.Where(p => p.Period.Unit == options.Unit && p.Window == options.Window).ToList();
        var dates = new PeriodDates();
        using var xml = XmlWriter.Create(output, XmlText.Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("version", "1.2");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteElementString("creator", Namespace, "Analysis (Sahel actor co-occurrence)");
        xml.WriteElementString("description", Namespace, Describe(options, periods));
        xml.WriteEndElement();

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("mode", "dynamic");
        xml.WriteAttributeString("defaultedgetype", "undirected");
        xml.WriteAttributeString("timeformat", "date");
        WriteAttributes(xml, "node", "static", [("type", "string"), ("country", "string")]);
        WriteAttributes(xml, "edge", "dynamic", [("weight", "double"), ("documents", "integer"), ("stories", "integer"), ("windows", "integer")]);

        xml.WriteStartElement("nodes", Namespace);
        foreach (var actor in presence.GroupBy(p => p.Actor.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = actor.First().Actor;
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", XmlText.Clean(first.Id));
            xml.WriteAttributeString("label", XmlText.Clean(first.Name));
            xml.WriteStartElement("attvalues", Namespace);
            WriteValue(xml, "type", ActorTables.TypeName(first.Type), null, dates);
            WriteValue(xml, "country", counts.CountryName(first), null, dates);
            xml.WriteEndElement();
            WriteSpells(xml, actor.Select(p => p.Period), dates);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", Namespace);
        var number = 0;
        // Pair by pair, each with its rows in period order, as the counts give them.
        foreach (var (pair, rows) in counts.TiesOf(options.Unit, options.Window))
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", (number++).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", XmlText.Clean(pair.A));
            xml.WriteAttributeString("target", XmlText.Clean(pair.B));
            xml.WriteAttributeString("weight", XmlText.Number(rows.Sum(r => r.WeightBy(options.Weight))));
            xml.WriteStartElement("attvalues", Namespace);
            foreach (var row in rows)
            {
                WriteValue(xml, "weight", XmlText.Number(row.WeightBy(options.Weight)), row.Period, dates);
                WriteValue(xml, "documents", XmlText.Number(row.Documents), row.Period, dates);
                WriteValue(xml, "stories", XmlText.Number(row.Stories), row.Period, dates);
                WriteValue(xml, "windows", XmlText.Number(row.Weight), row.Period, dates);
            }

            xml.WriteEndElement();
            WriteSpells(xml, rows.Select(r => r.Period), dates);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static string Describe(NetworkOptions options, IReadOnlyList<Period> periods) =>
        $"Actors named together in one {CooccurrenceTables.Name(options.Window)}, per {CooccurrenceTables.Name(options.Unit)}, " +
        $"ties weighted by {CooccurrenceTables.Name(options.Weight)}; {periods.Count} periods" +
        (periods.Count == 0 ? "." : $" from {periods[0].Label} to {periods[^1].Label}.");

    private static void WriteAttributes(XmlWriter xml, string @class, string mode, (string Id, string Type)[] attributes)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", @class);
        xml.WriteAttributeString("mode", mode);
        foreach (var (id, type) in attributes)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", id);
            // Gephi reads a dynamic edge weight from the attribute titled "Weight".
            xml.WriteAttributeString("title", id == "weight" ? "Weight" : id);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteValue(XmlWriter xml, string attribute, string value, Period? period, PeriodDates dates)
    {
        xml.WriteStartElement("attvalue", Namespace);
        xml.WriteAttributeString("for", attribute);
        xml.WriteAttributeString("value", XmlText.Clean(value));
        if (period is { } p && p.Unit != PeriodUnit.All)
        {
            var (start, end) = dates.Of(p);
            xml.WriteAttributeString("start", start);
            xml.WriteAttributeString("end", end);
        }

        xml.WriteEndElement();
    }

    private static void WriteSpells(XmlWriter xml, IEnumerable<Period> periods, PeriodDates dates)
    {
        var dated = periods.Where(p => p.Unit != PeriodUnit.All).Distinct().Order().ToList();
        if (dated.Count == 0)
        {
            return;
        }

        xml.WriteStartElement("spells", Namespace);
        foreach (var period in dated)
        {
            var (start, end) = dates.Of(period);
            xml.WriteStartElement("spell", Namespace);
            xml.WriteAttributeString("start", start);
            xml.WriteAttributeString("end", end);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // A file names a few hundred periods over millions of values and spells: each period's dates are
    // formatted once.
    private sealed class PeriodDates
    {
        private readonly Dictionary<Period, (string Start, string End)> _dates = [];

        public (string Start, string End) Of(Period period)
        {
            if (!_dates.TryGetValue(period, out var dates))
            {
                dates = (Day(period.Start), End(period));
                _dates.Add(period, dates);
            }

            return dates;
        }
    }

    // Gephi reads a date as its first instant, so a month that ended on its last day would leave that day
    // out and the timeline would blink between two months; the interval runs to the next period's start.
    private static string End(Period period) => Day(period.Next().Start);
}
