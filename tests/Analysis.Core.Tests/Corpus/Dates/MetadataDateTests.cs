using Analysis.Core.Corpus.Dates;

namespace Analysis.Core.Tests.Corpus.Dates;

public class MetadataDateTests
{
    [Theory]
    [InlineData("2023-08-29 10:12:00", "2023-08-29")]
    [InlineData("2023-08-29T10:12:00+01:00", "2023-08-29")]
    [InlineData("2023-08-29t10:12:00z", "2023-08-29")]
    [InlineData("2023-08-29T00:30:00+0530", "2023-08-29")]
    [InlineData(" 2023-08-29 ", "2023-08-29")]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("2024-11", "2024-11")]
    [InlineData("2024", "2024")]
    public void TryParse_ReadsDateAsWritten_WhenFieldIsIso(string field, string expected)
    {
        Assert.True(MetadataDate.TryParse(field, out var date));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("None")]
    [InlineData("29/08/2023")]
    [InlineData("2023-8-29")]
    [InlineData("2023-02-29")]
    [InlineData("2023-00")]
    [InlineData("2023-08-00")]
    [InlineData("2023-08-29T25:00:00")]
    [InlineData("2023-08-29 10:12:00 publié")]
    [InlineData("1899-12-31")]
    [InlineData("20230829")]
    public void TryParse_Fails_WhenFieldIsNotAnIsoDate(string? field)
    {
        Assert.False(MetadataDate.TryParse(field, out var date));
        Assert.False(date.IsKnown);
    }
}
