using Analysis.Reporting.Fluent;

namespace Analysis.Reporting.Briefing;

/// <summary>
/// Numbers the articles the briefing cites, in the order they are first cited, so "[3]" means the same
/// article everywhere and leads to its entry in the sources annex.
/// </summary>
public sealed class Citations
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<DocumentCard> _sources = [];

    /// <summary>The cited articles, by number (the first is [1]).</summary>
    public IReadOnlyList<DocumentCard> Sources => _sources;

    /// <summary>The destination name of source <paramref name="number"/>.</summary>
    public static string Anchor(int number) => "source-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The number of <paramref name="source"/>, given on its first citation.</summary>
    public int Number(DocumentCard source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!_numbers.TryGetValue(source.Id, out var number))
        {
            _sources.Add(source);
            number = _sources.Count;
            _numbers[source.Id] = number;
        }

        return number;
    }

    /// <summary>Appends " [n]" for <paramref name="passage"/>'s article; nothing when there is no passage.</summary>
    public TextBuilder Cite(TextBuilder text, CitedPassage? passage)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (passage is null)
        {
            return text;
        }

        var number = Number(passage.Source);
        return text.Text(" ").Citation(number, Anchor(number));
    }
}
