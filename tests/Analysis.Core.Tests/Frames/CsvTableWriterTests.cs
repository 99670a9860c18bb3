using Analysis.Core.Frames;

namespace Analysis.Core.Tests.Frames;

public sealed class CsvTableWriterTests
{
    private sealed record Row(string Text, int Number);

    private static readonly Table<Row> Rows = new(
        "rows",
        TableColumn.Text<Row>("text", r => r.Text),
        TableColumn.Count<Row>("number", r => r.Number));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("il a dit « oui » et \"non\"", "\"il a dit « oui » et \"\"non\"\"\"")]
    [InlineData("deux\nlignes", "\"deux\nlignes\"")]
    public void Write_QuotesFieldsAsRfc4180Requires(string value, string expectedField) =>
        Assert.Equal($"text,number\r\n{expectedField},7\r\n", Csv(new Row(value, 7)));

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+33 1 23")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    public void Write_NeutralisesCellsASpreadsheetWouldRunAsFormulas(string value)
    {
        var field = Csv(new Row(value, 1)).Split("\r\n")[1];
        var cell = field.StartsWith('"') ? field[1..] : field;
        Assert.StartsWith("'", cell, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LeavesIdentifiersAsTheyAre_SoJoinsStillMatch()
    {
        var keyed = new Table<Row>("keyed", TableColumn.Key<Row>("file", r => r.Text), TableColumn.Text<Row>("title", r => r.Text));
        using var writer = new StringWriter();
        keyed.WriteCsv([new Row("-draft.txt", 0)], writer);
        Assert.Equal("file,title\r\n-draft.txt,'-draft.txt\r\n", writer.ToString());
    }

    [Fact]
    public void ToDataFrame_KeepsTheTextUnneutralised()
    {
        var frame = Rows.ToDataFrame([new Row("=1+1", 1)]);
        Assert.Equal("=1+1", frame["text"][0]);
    }

    [Fact]
    public void Write_WritesNumbersInvariantly()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
        try
        {
            Assert.Equal("text,number\r\nx,-12345\r\n", Csv(new Row("x", -12345)));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ToDataFrame_HasOneTypedColumnPerTableColumn()
    {
        var frame = Rows.ToDataFrame([new Row("a", 1), new Row("b", 2)]);
        Assert.Equal(["text", "number"], frame.Columns.Select(c => c.Name));
        Assert.Equal(typeof(string), frame.Columns["text"].DataType);
        Assert.Equal(typeof(int), frame.Columns["number"].DataType);
        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal("b", frame["text"][1]);
        Assert.Equal(2, frame["number"][1]);
    }

    private static string Csv(params Row[] rows)
    {
        using var writer = new StringWriter();
        Rows.WriteCsv(rows, writer);
        return writer.ToString();
    }
}
