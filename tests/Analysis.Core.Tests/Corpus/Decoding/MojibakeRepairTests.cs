using Analysis.Core.Corpus.Decoding;
using static Analysis.Core.Tests.Corpus.Decoding.DecodingFixtures;

namespace Analysis.Core.Tests.Corpus.Decoding;

public class MojibakeRepairTests
{
    private const string RepairNote = "mojibake repaired (UTF-8 that had been read as windows-1252)";

    public static TheoryData<string, string> Mojibake => new()
    {
        { "gÃ©nÃ©ral", "général" },
        { "lâ€™armÃ©e", "l’armée" },
        { "Il est allÃ© Ã\u00A0 Bamako", "Il est allé à Bamako" },
        { "câ€™est lâ€™Å“uvre dâ€™un Ã©tat-major", "c’est l’œuvre d’un état-major" },
        { "Â«Â\u00A0Nous restonsÂ\u00A0Â»", "«\u00A0Nous restons\u00A0»" },
        { "ï»¿Texte", "\uFEFFTexte" },
        { DecodingFixtures.Mojibake(FrenchParagraph), FrenchParagraph },
        { DecodingFixtures.Mojibake("Álvaro, Íñigo, Ðorđe"), "Álvaro, Íñigo, Ðorđe" },
        { DecodingFixtures.Mojibake(DecodingFixtures.Mojibake("général à Gao")), "général à Gao" },
    };

    [Theory]
    [MemberData(nameof(Mojibake))]
    public void TryRepair_ReturnsOriginalText_WhenTextIsUtf8ReadAsWindows1252(string mojibake, string expected)
    {
        Assert.True(MojibakeRepair.TryRepair(mojibake, out string? repaired));
        Assert.Equal(expected, repaired);
    }

    [Theory]
    [InlineData("Il est allÃ© Ã  Bamako", "Il est allé à Bamako")]
    [InlineData("rendez-vous Ã Bamako", "rendez-vous à Bamako")]
    [InlineData("10Â 000 soldats", "10\u00A0000 soldats")]
    public void Normalize_RepairsMojibake_WhenNoBreakSpaceByteWasTurnedIntoSpace(string mojibake, string expected)
    {
        var notes = new List<string>();

        Assert.Equal(expected, TextNormalizer.Normalize(mojibake, notes));
        Assert.Contains(RepairNote, notes);
    }

    [Fact]
    public void Normalize_RepairsMojibakeAndDropsTheByteOrderMark_WhenBomWasReadAsWindows1252()
    {
        Assert.Equal("Texte", TextNormalizer.Normalize("ï»¿Texte"));
    }

    [Theory]
    [InlineData("SÃO PAULO et JOÃO PESSOA")]
    [InlineData("IRMÃ DE JOÃO")]
    [InlineData("Le signe â€ seul, puis un prix en â€")]
    [InlineData("Ã")]
    [InlineData("général, à Gao, l’été…»")]
    [InlineData("le général et le gÃ©nÃ©ral")]
    [InlineData("l’armée et lâ€™armÃ©e")]
    [InlineData(FrenchParagraph)]
    public void Normalize_LeavesTextUnchanged_WhenItIsNotMojibakeThroughAndThrough(string text)
    {
        var notes = new List<string>();

        Assert.Equal(text, TextNormalizer.Normalize(text, notes));
        Assert.DoesNotContain(RepairNote, notes);
    }

    [Fact]
    public void TryRepair_ReturnsFalse_WhenTextHasNoMarker()
    {
        Assert.False(MojibakeRepair.TryRepair("Réunion à Niamey", out string? repaired));
        Assert.Null(repaired);
    }
}
