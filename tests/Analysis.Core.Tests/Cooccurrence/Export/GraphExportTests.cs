using System.Xml.Linq;
using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Export;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Cooccurrence.Export;

/// <summary>The seeds' network written for Gephi (GEXF, over time) and other graph tools (GraphML).</summary>
public sealed class GraphExportTests
{
    private static readonly XNamespace Gexf = "http://www.gexf.net/1.2draft";
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public void Write_GivesEachActorTheMonthsItAppearsIn_AsGephiSpells()
    {
        var gexf = WriteGexf();
        var simpore = gexf.Descendants(Gexf + "node").Single(n => (string?)n.Attribute("id") == "celestin-simpore");
        var spells = simpore.Descendants(Gexf + "spell").Select(s => ((string?)s.Attribute("start"), (string?)s.Attribute("end")));

        Assert.Equal("dynamic", (string?)gexf.Root!.Element(Gexf + "graph")!.Attribute("mode"));
        Assert.Equal("Célestin Simporé", (string?)simpore.Attribute("label"));
        Assert.Equal([("2023-08-01", "2023-09-01"), ("2023-11-01", "2023-12-01"), ("2024-11-01", "2024-12-01")], spells);
    }

    [Fact]
    public void Write_GivesEachTieItsWeightPerMonth_AsDynamicValues()
    {
        var gexf = WriteGexf();
        var tie = gexf.Descendants(Gexf + "edge").Single(e => (string?)e.Attribute("source") == "assimi-goita" && (string?)e.Attribute("target") == "moussa-salaou-barmou");
        var documents = tie.Descendants(Gexf + "attvalue").Single(v => (string?)v.Attribute("for") == "documents");

        Assert.Equal(("3", "2024-11-01", "2024-12-01"), ((string?)documents.Attribute("value"), (string?)documents.Attribute("start"), (string?)documents.Attribute("end")));
        Assert.Equal("1", (string?)tie.Attribute("weight")); // one story
    }

    [Fact]
    public void Write_WritesTheWholeCorpusAsMeasured_WhenGivenTheMeasuresOfEveryPeriod()
    {
        // The runner hands over the measures of each month and of the whole corpus, worked out once.
        var counts = SeedCooccurrence.Analysis.Counts;
        IEnumerable<NetworkRow> measures = [.. NetworkMeasures.Of(counts), .. NetworkMeasures.Of(counts, Core.Cooccurrence.Periods.Period.All)];
        using var measured = new StringWriter();
        using var given = new StringWriter();

        GraphMlWriter.Write(counts, measured);
        GraphMlWriter.Write(counts, measures, given);

        Assert.True(NetworkMeasures.Of(counts).Count > 0, "the seeds' months should have networks of their own");
        Assert.Equal(measured.ToString(), given.ToString());
    }

    [Fact]
    public void Write_Throws_WhenTheMeasuresLackThePeriod()
    {
        var counts = SeedCooccurrence.Analysis.Counts;
        using var writer = new StringWriter();

        var error = Assert.Throws<ArgumentException>(() => GraphMlWriter.Write(counts, NetworkMeasures.Of(counts), writer));

        Assert.Contains("all", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ListsEveryActorAndTieOfTheWholeCorpus_InGraphMl()
    {
        using var writer = new StringWriter();
        GraphMlWriter.Write(SeedCooccurrence.Analysis.Counts, writer);
        var graphml = XDocument.Parse(writer.ToString());
        var network = SeedCooccurrence.Analysis.Network(NetworkOptions.Default with { Unit = Core.Cooccurrence.Periods.PeriodUnit.All });
        var goita = graphml.Descendants(GraphMl + "node").Single(n => (string?)n.Attribute("id") == "assimi-goita");

        Assert.Equal(network.Count, graphml.Descendants(GraphMl + "node").Count());
        Assert.Equal(SeedCooccurrence.Analysis.Counts.RowsOf(Core.Cooccurrence.Periods.Period.All, CooccurrenceWindow.Document).Count, graphml.Descendants(GraphMl + "edge").Count());
        Assert.Equal("Assimi Goïta", goita.Elements(GraphMl + "data").Single(d => (string?)d.Attribute("key") == "label").Value);
        Assert.Equal("person", goita.Elements(GraphMl + "data").Single(d => (string?)d.Attribute("key") == "type").Value);
        Assert.Equal("Mali", goita.Elements(GraphMl + "data").Single(d => (string?)d.Attribute("key") == "country").Value);
    }

    private static XDocument WriteGexf()
    {
        using var writer = new StringWriter();
        GexfWriter.Write(SeedCooccurrence.Analysis.Counts, writer);
        return XDocument.Parse(writer.ToString());
    }
}
