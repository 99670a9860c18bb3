using System.Globalization;
using System.Xml;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Frames;

namespace Analysis.Core.Cooccurrence.Export;

/// <summary>
/// Writes one period's network as GraphML (yEd, Cytoscape, igraph, networkx), with each actor's type,
/// country and measures and each tie's counts, so the file can be opened and styled without the CSVs.
/// </summary>
public static class GraphMlWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Type)[] Keys =
    [
        ("label", "node", "string"), ("type", "node", "string"), ("country", "node", "string"),
        ("degree", "node", "int"), ("strength", "node", "double"), ("betweenness", "node", "double"), ("community", "node", "int"),
        ("weight", "edge", "double"), ("documents", "edge", "int"), ("stories", "edge", "int"), ("windows", "edge", "int"),
    ];

    /// <summary>Writes the network of <paramref name="period"/> (the whole corpus when null).</summary>
    public static void Write(CooccurrenceCounts counts, TextWriter output, NetworkOptions? options = null, Period? period = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(output);
        options ??= NetworkOptions.Default;
        Write(counts, NetworkMeasures.Of(counts, period ?? Period.All, options), output, options, period);
    }

    /// <summary>
    /// Writes the network of <paramref name="period"/> (the whole corpus when null) with measures already
    /// worked out (by <see cref="NetworkMeasures"/>, with the same options): the rows of other periods are
    /// passed over. The whole corpus's network is the largest to measure, and the runner has it already.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="measures"/> hold no row of the period, which has actors:
    /// the file would list ties between nodes it does not have.</exception>
    public static void Write(
        CooccurrenceCounts counts, IEnumerable<NetworkRow> measures, TextWriter output, NetworkOptions? options = null, Period? period = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(output);
        options ??= NetworkOptions.Default;
        var slice = period ?? Period.All;
        var nodes = measures.Where(r => r.Period == slice).OrderBy(r => r.Actor.Id, StringComparer.Ordinal).ToList();
        if (nodes.Count == 0 && counts.PresenceOf(slice, options.Window).Any())
        {
            throw new ArgumentException($"The measures hold no row of {slice.Label}; pass that period's (NetworkMeasures.Of).", nameof(measures));
        }

        using var xml = XmlWriter.Create(output, XmlText.Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        foreach (var (id, @for, type) in Keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", @for);
            xml.WriteAttributeString("attr.name", id);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", XmlText.Clean(slice.Label));
        xml.WriteAttributeString("edgedefault", "undirected");
        foreach (var row in nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", XmlText.Clean(row.Actor.Id));
            Data(xml, "label", row.Actor.Name);
            Data(xml, "type", ActorTables.TypeName(row.Actor.Type));
            Data(xml, "country", counts.CountryName(row.Actor));
            Data(xml, "degree", XmlText.Number(row.Degree));
            Data(xml, "strength", XmlText.Number(row.Strength));
            Data(xml, "betweenness", XmlText.Number(row.Betweenness));
            Data(xml, "community", XmlText.Number(row.Community));
            xml.WriteEndElement();
        }

        var number = 0;
        foreach (var tie in counts.RowsOf(slice, options.Window).OrderBy(r => r.A.Id, StringComparer.Ordinal).ThenBy(r => r.B.Id, StringComparer.Ordinal))
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "e" + (number++).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", XmlText.Clean(tie.A.Id));
            xml.WriteAttributeString("target", XmlText.Clean(tie.B.Id));
            Data(xml, "weight", XmlText.Number(tie.WeightBy(options.Weight)));
            Data(xml, "documents", XmlText.Number(tie.Documents));
            Data(xml, "stories", XmlText.Number(tie.Stories));
            Data(xml, "windows", XmlText.Number(tie.Weight));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlText.Clean(value));
        xml.WriteEndElement();
    }
}
