using System.Globalization;
using Analysis.Core.Frames;

namespace Analysis.Core.Tests.Frames;

public sealed class NumberColumnTests
{
    private sealed record Measure(double Value);

    private static readonly Table<Measure> Measures = new(
        "measures",
        TableColumn.Key<Measure>("name", _ => "m"),
        TableColumn.Number<Measure>("value", m => m.Value));

    [Theory]
    [InlineData(0.5, "0.5")]
    [InlineData(1.0 / 3.0, "0.333333")]
    [InlineData(-2.25, "-2.25")]
    [InlineData(1505.746254608383, "1505.746255")]
    [InlineData(double.NaN, "")]
    [InlineData(double.NegativeInfinity, "")]
    public void Write_GivesAPointAndAtMostSixDecimals_WhateverTheCulture(double value, string expected)
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new CultureInfo("fr-FR");
        try
        {
            using var writer = new StringWriter();
            Measures.WriteCsv([new Measure(value)], writer);

            Assert.Equal($"name,value\r\nm,{expected}\r\n", writer.ToString());
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ToDataFrame_KeepsTheFullDouble()
    {
        var frame = Measures.ToDataFrame([new Measure(1.0 / 3.0)]);

        Assert.Equal(typeof(double), frame.Columns["value"].DataType);
        Assert.Equal(1.0 / 3.0, (double)frame["value"][0]!);
    }
}
