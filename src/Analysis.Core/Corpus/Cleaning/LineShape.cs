using Analysis.Core.Text;

namespace Analysis.Core.Corpus.Cleaning;

/// <summary>
/// Measures of a line's shape that separate prose from page furniture: how many words, whether it
/// ends like a sentence, how many sentences it holds, how much of it is upper case.
/// </summary>
internal readonly record struct LineShape(int Words, int Letters, int UpperLetters, int Sentences, bool EndsLikeSentence)
{
    /// <summary>Share of letters that are upper case (0 when the line has no letter).</summary>
    public double UpperRatio => Letters == 0 ? 0 : (double)UpperLetters / Letters;

    /// <summary>
    /// A paragraph of running prose: a finished sentence of some length, or a long stretch of words.
    /// Short captions and subheadings are not body paragraphs, but they are not furniture either.
    /// </summary>
    public bool IsBodyParagraph => (Words >= 8 && EndsLikeSentence) || Words >= 25 || Sentences >= 2;

    /// <summary>
    /// Could be a headline: a handful of words to a long sentence, at most one sentence, not ending in
    /// a colon (a lead-in) and not too long to be a title.
    /// </summary>
    public bool IsHeadlineShaped(int length) =>
        Words >= 3 && length >= 15 && length <= 300 && Sentences <= 1;

    public static LineShape Of(string line)
    {
        var words = 0;
        var letters = 0;
        var upper = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                words++;
            }

            inWord = isWordChar || (inWord && c is '\'' or '\u2019' or '-');
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return new LineShape(words, letters, upper, SentenceBoundaries.CountBreaks(line) + 1, EndsWithSentencePunctuation(line));
    }

    private static bool EndsWithSentencePunctuation(string line)
    {
        var end = line.Length - 1;
        // A closing quote or bracket after the full stop still ends a sentence: « … merci. »
        while (end >= 0 && (char.IsWhiteSpace(line[end]) || line[end] is '»' or '”' or '"' or ')' or '\u2019'))
        {
            end--;
        }

        return end >= 0 && line[end] is '.' or '!' or '?' or '…';
    }
}
