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
    private readonly byte _articles;
    // A large run has millions of tie-months: each is one 64-bit key (the pair as numbered here, the month as
    // year × 13 + month, 0 for a year) with a small count, ~16 bytes in all, not a dictionary entry keyed by
    // id and label strings. The article being admitted is tracked on its own (its passages come one after
    // another): the keys it was admitted under, so its further passages are too.
    private readonly CappedCounts _taken = new();
    private HashSet<ulong> _takenByDocument = [];
    private readonly Dictionary<string, int> _actorNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<(int A, int B), uint> _pairNumbers = [];
    private string? _documentId;

    /// <summary>Admits the passages of at most <paramref name="articles"/> articles per tie and month.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="articles"/> is not between 1 and 255.</exception>
    public EvidenceQuota(int articles = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articles, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(articles, byte.MaxValue);
        _articles = (byte)articles;
    }

    /// <summary>True when the passage is within its tie's quota for its month (call in corpus order, an article's passages one after another).</summary>
    public bool Admit(TieEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (!string.Equals(evidence.DocumentId, _documentId, StringComparison.Ordinal))
        {
            _documentId = evidence.DocumentId;
            // Clearing costs the set's capacity, not its count: after an article of many ties, start afresh.
            if (_takenByDocument.Count > 256)
            {
                _takenByDocument = [];
            }
            else
            {
                _takenByDocument.Clear();
            }
        }

        // The month, or the year of a year-dated article; undated articles share one quota per tie.
        var date = evidence.Date;
        var month = (uint)((date.Year * 13) + (date.Precision >= DatePrecision.Month ? date.Month : 0));
        var key = ((ulong)Number(evidence.Pair) << 32) | month;
        if (_takenByDocument.Contains(key))
        {
            return true;
        }

        if (!_taken.TryIncrement(key, _articles))
        {
            return false;
        }

        _takenByDocument.Add(key);
        return true;
    }

    // Pairs are numbered from 1, so that no key is 0.
    private uint Number(ActorPair pair)
    {
        var actors = (Number(pair.A), Number(pair.B));
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_pairNumbers, actors, out var known);
        if (!known)
        {
            number = (uint)_pairNumbers.Count;
        }

        return number;
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
