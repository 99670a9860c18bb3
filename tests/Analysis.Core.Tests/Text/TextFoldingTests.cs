using Analysis.Core.Corpus.Cleaning;
using Analysis.Core.Text;

namespace Analysis.Core.Tests.Text;

/// <summary>Folding text that did not come through the text normaliser, as a notebook or a metadata field may pass it.</summary>
public sealed class TextFoldingTests
{
    [Fact]
    public void Fold_ReplacesWhatNormalisationRejects_WhenTextIsNotWellFormed()
    {
        // Built in code: an attribute cannot hold an unpaired surrogate. Found by fuzzing: normalisation
        // threw an ArgumentException on these.
        string[] texts = ["\uDC00", "Goïta\uD83D", "À LIRE\uFFFE AUSSI", "Mali 🇲🇱"];
        string[] expected = ["\uFFFD", "goita\uFFFD", "a lire\uFFFD aussi", "mali 🇲🇱"];
        Assert.Equal(expected, texts.Select(TextFolding.Fold));
    }

    [Fact]
    public void Segment_ClassifiesTheLine_WhenItHoldsAnUnpairedSurrogate()
    {
        var segment = Assert.Single(new PageSegmenter().Segment("\uDC00"));

        Assert.Equal(new TextSpan(0, 1), segment.Span);
    }
}
