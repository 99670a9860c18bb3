using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Corpus;
using Analysis.Core.Notebook;
using Analysis.Core.Text;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;

namespace Analysis.Core.Tests.Notebook;

public sealed class NotebookDisplayTableTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "<img src=x onerror=alert(1)>";

    private static readonly Actor Hostile = new() { Id = "a<b", Name = "Chef " + Script, Type = ActorType.Person };
    private static readonly Actor Other = new() { Id = "mli", Name = "Mali " + Image, Type = ActorType.Country };

    [Fact]
    public void Format_EncodesEveryCell_WhenDataFrameHoldsMarkup()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("text " + Image, [Script, Image]),
            new Int32DataFrameColumn("n", [1, 2]));

        var html = NotebookDisplay.Format(frame)[MimeTypes.Html];

        AssertEncoded(html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<th>n</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_GivesAnEncodedTable_WhenListOfTieEvidenceHoldsMarkup()
    {
        List<TieEvidence> evidence =
        [
            new(Hostile, Other, CooccurrenceWindow.Sentence, "doc-1", PartialDate.OfDay(2023, 8, 29), "story-" + Image, new TextSpan(0, 10), "Il a dit " + Script),
        ];

        var outputs = NotebookDisplay.Format(evidence);

        Assert.Equal([MimeTypes.Html], outputs.Keys);
        AssertEncoded(outputs[MimeTypes.Html]);
        Assert.Contains("<th>actor_a</th>", outputs[MimeTypes.Html], StringComparison.Ordinal);
        Assert.Contains("2023-08-29", outputs[MimeTypes.Html], StringComparison.Ordinal);
    }

    [Fact]
    public void Format_GivesAnEncodedTable_WhenArrayOfActorSummaryHoldsMarkup()
    {
        ActorSummary[] actors = [new(Hostile, "Burkina " + Image, 2, 3, PartialDate.OfMonth(2023, 8), PartialDate.Unknown, [Script, Image])];

        var html = NotebookDisplay.Format(actors)[MimeTypes.Html];

        AssertEncoded(html);
        Assert.Contains("<th>aliases</th>", html, StringComparison.Ordinal);
        Assert.Contains("a&lt;b", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_ShowsTheFirstRowsAndTheRest_WhenTableIsLongerThanTheLimit()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("n", Enumerable.Range(0, NotebookDisplay.Options.MaxRows + 23)));

        var html = NotebookDisplay.Format(frame)[MimeTypes.Html];

        Assert.Equal(NotebookDisplay.Options.MaxRows, CountOf(html, "<tr><td>"));
        Assert.Contains("… 23 more rows", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_ShowsNoMoreRowsLine_WhenTableFitsTheLimit()
    {
        var html = NotebookDisplay.Format(new DataFrame(new Int32DataFrameColumn("n", [1, 2])))[MimeTypes.Html];

        Assert.DoesNotContain("more rows", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_KeepsFrenchTextReadable_WhenCellsHaveAccents()
    {
        var html = NotebookDisplay.Format(new DataFrame(new StringDataFrameColumn("acteur", ["Célestin Simporé", "Tiani & l'armée"])))[MimeTypes.Html];

        Assert.Contains("<td>Célestin Simporé</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Tiani &amp; l&#39;armée</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_GivesPlainText_WhenValueIsAString()
    {
        var outputs = NotebookDisplay.Format(Script);

        Assert.Equal(Script, Assert.Single(outputs, o => o.Key == MimeTypes.PlainText).Value);
        Assert.False(outputs.ContainsKey(MimeTypes.Html));
    }

    [Fact]
    public void Register_IsHarmless_WhenCalledTwice()
    {
        NotebookDisplay.Register();
        var registered = Formatter.RegisteredFormatters(false).Count();

        NotebookDisplay.Register();

        Assert.Equal(registered, Formatter.RegisteredFormatters(false).Count());
        AssertEncoded(NotebookDisplay.Format(new DataFrame(new StringDataFrameColumn("t", [Script])))[MimeTypes.Html]);
    }

    private static void AssertEncoded(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror=alert(1)>", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
