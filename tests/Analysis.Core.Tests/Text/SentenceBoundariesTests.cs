using Analysis.Core.Text;

namespace Analysis.Core.Tests.Text;

public class SentenceBoundariesTests
{
    private const string Article =
        "Le Gén. Barmou a reçu M. Diarra à Niamey. « Nous avons parlé de l'AES. Les chefs d'état-major aussi », dit-il. Puis ? Il est parti… J. Smith aussi!";

    [Fact]
    public void CountBreaks_CountsTheSentenceEnds_WhenAbbreviationsAndInitialsAreNotEnds()
    {
        // Read by hand: "Niamey.", "l'AES." (an acronym), "dit-il.", "Puis ?" and "parti…" end sentences; "Gén.",
        // "M." and "J." do not; "aussi!" ends the text, with no sentence after it.
        Assert.Equal(5, SentenceBoundaries.CountBreaks(Article));
    }

    [Fact]
    public void FirstSentenceEnd_IsJustPastTheFirstFullStop_WhenTheFirstSentenceHasAnAbbreviation()
    {
        Assert.Equal("Le Gén. Barmou a reçu M. Diarra à Niamey.", Article[..SentenceBoundaries.FirstSentenceEnd(Article)]);
        Assert.Equal("Une seule phrase.", "Une seule phrase."[..SentenceBoundaries.FirstSentenceEnd("Une seule phrase.")]);
    }

    [Fact]
    public void NextBreak_FindsWhatTestingEveryCharacterFinds_WhenGivenAnyRange()
    {
        // The scan jumps from mark to mark; it must find exactly the indexes IsBreak accepts, in any range.
        var random = new Random(3);
        const string alphabet = "aB .!?…«\u00A0\"(éÉ M";
        for (var n = 0; n < 2_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var start = random.Next(0, text.Length + 1);
            var end = random.Next(start, text.Length + 2);
            var expected = Enumerable.Range(start, Math.Max(0, end - start)).Where(i => SentenceBoundaries.IsBreak(text, i)).ToList();
            var found = new List<int>();
            for (var i = SentenceBoundaries.NextBreak(text, start, end); i >= 0; i = SentenceBoundaries.NextBreak(text, i + 1, end))
            {
                found.Add(i);
            }

            Assert.True(expected.SequenceEqual(found), $"'{text}' [{start}, {end}): expected {string.Join(',', expected)}, found {string.Join(',', found)}");
        }
    }
}
