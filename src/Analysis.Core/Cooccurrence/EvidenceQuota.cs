using System.Runtime.InteropServices;
using Analysis.Core.Corpus;

namespace Analysis.Core.Cooccurrence;

/// <summary>
/// Keeps a file of evidence readable at scale: for each tie and month, the passages of the first few
/// articles only (all of an admitted article's passages). A tie between two capitals can be in thousands
/// of articles a month; an analyst quotes two or three, and every month keeps its own quotes, so a tie's
/// later periods are never starved by its earlier ones. Year-dated articles share a quota per year,
/// undated ones one quota.
/// </summary>
public sealed class EvidenceQuota
{
    private readonly int _articles;
    // A large run has millions of tie-months: each is keyed by three numbers (the two actors as numbered
    // here, the month as year × 13 + month, 0 for a year), not by id and label strings.
    // The article last admitted is kept as a number (articles come in corpus order and each is numbered as it
    // comes), not as its id: the id of one article per tie-month would be millions of strings kept alive.
    private readonly Dictionary<(int A, int B, int Month), (int Document, int Count)> _taken = [];
    private readonly Dictionary<string, int> _actorNumbers = new(StringComparer.Ordinal);
    private string? _documentId;
    private int _document;

    /// <summary>Admits the passages of at most <paramref name="articles"/> articles per tie and month.</summary>
    public EvidenceQuota(int articles = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, 1);
        _articles = articles;
    }

    /// <summary>True when the passage is within its tie's quota for its month (call in corpus order, an article's passages one after another).</summary>
    public bool Admit(TieEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        // The month, or the year of a year-dated article; undated articles share one quota per tie.
        var date = evidence.Date;
        var key = (Number(evidence.Pair.A), Number(evidence.Pair.B), (date.Year * 13) + (date.Precision >= DatePrecision.Month ? date.Month : 0));
        if (!string.Equals(evidence.DocumentId, _documentId, StringComparison.Ordinal))
        {
            _documentId = evidence.DocumentId;
            _document++;
        }

        if (!_taken.TryGetValue(key, out var taken))
        {
            _taken[key] = (_document, 1);
            return true;
        }

        if (taken.Document == _document)
        {
            return true;
        }

        if (taken.Count >= _articles)
        {
            return false;
        }

        _taken[key] = (_document, taken.Count + 1);
        return true;
    }

    private int Number(string actorId)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_actorNumbers, actorId, out var known);
        if (!known)
        {
            number = _actorNumbers.Count - 1;
        }

        return number;
    }
}
