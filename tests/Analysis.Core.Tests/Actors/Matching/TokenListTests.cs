using Analysis.Core.Actors.Matching;

namespace Analysis.Core.Tests.Actors.Matching;

public sealed class TokenListTests
{
    [Fact]
    public void LineStartAndLineEnd_BoundTheWordsOwnLine_WhenTheTextHasSeveralLines()
    {
        const string text = "ATTAQUE À DORI\nLe gouverneur parle.\nFin";
        var tokens = TokenList.Create(text);
        var dori = IndexOf(tokens, "DORI");
        var gouverneur = IndexOf(tokens, "gouverneur");
        var fin = IndexOf(tokens, "Fin");

        Assert.Equal((0, text.IndexOf('\n', StringComparison.Ordinal)), (tokens.LineStart(dori), tokens.LineEnd(dori)));
        Assert.Equal("Le gouverneur parle.", text[tokens.LineStart(gouverneur)..tokens.LineEnd(gouverneur)]);
        Assert.Equal((text.Length - 3, text.Length), (tokens.LineStart(fin), tokens.LineEnd(fin)));
    }

    private static int IndexOf(TokenList tokens, string word)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens.Word(i).SequenceEqual(word))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"'{word}' is not a word of the text.");
    }
}
