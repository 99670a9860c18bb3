using System.Diagnostics;
using System.Numerics;

namespace Analysis.Core.Stories;

/// <summary>
/// A story's truncated profile of terms (or actors): for each kept key, the sum over the story's documents
/// of the key's share of the document's unit-length frequency vector. IDF is applied when comparing (as of the
/// frequencies' last refresh), not stored with the keys, so a profile built from the first documents of the
/// stream is weighed with what the corpus has taught since; only the profile's norm is kept, per refresh. At most a fixed number of keys is kept, in three parallel arrays sorted by key (about 16
/// bytes a key, where a dictionary would take twice that), so a story of a hundred articles costs what a
/// story of one does.
/// </summary>
internal sealed class Centroid
{
    private ulong[] _keys = [];
    private float[] _sums = [];
    private int[] _orders = [];
    private int _nextOrder;

    // The profile's norm under the weights of one epoch of the frequencies (see DocumentFrequencies.Epoch):
    // a story is compared with hundreds of documents between two changes of the weights, and the norm,
    // an IDF per key, was a quarter of each comparison.
    private DocumentFrequencies? _normOf;
    private int _normEpoch;
    private double _squaredNorm;

    /// <summary>Number of keys kept.</summary>
    public int Count => _keys.Length;

    /// <summary>The keys kept.</summary>
    public IReadOnlyList<ulong> Keys => _keys;

    /// <summary>
    /// The <paramref name="max"/> keys of a document that weigh most by frequency × current IDF (earlier
    /// first on ties), with their frequencies, heaviest first: the document's side of every comparison.
    /// </summary>
    public static IReadOnlyList<WeightedKey> Top(IReadOnlyList<WeightedKey> keys, DocumentFrequencies frequencies, int max)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(frequencies);
        var ranked = new UInt128[keys.Count];
        for (var i = 0; i < ranked.Length; i++)
        {
            ranked[i] = HeaviestFirst.Rank(keys[i].Weight * frequencies.Idf(keys[i].Key), keys[i].Order, i);
        }

        var top = new WeightedKey[HeaviestFirst.Sort(ranked, max)];
        for (var i = 0; i < top.Length; i++)
        {
            top[i] = keys[HeaviestFirst.IndexOf(ranked[i])];
        }

        return top;
    }

    // The document's keys by order of first occurrence (Top lists them heaviest first), as a stable sort would.
    private static (WeightedKey Key, int Index)[] InOrder(IReadOnlyList<WeightedKey> document)
    {
        var ordered = new (WeightedKey Key, int Index)[document.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = (document[i], i);
        }

        Array.Sort(ordered, static (x, y) => x.Key.Order != y.Key.Order ? x.Key.Order.CompareTo(y.Key.Order) : x.Index.CompareTo(y.Index));
        return ordered;
    }

    /// <summary>
    /// Adds one document's keys (from <see cref="Top"/>, so distinct), scaled to unit length so a long article
    /// counts as much as a short one, then keeps the <paramref name="max"/> keys that weigh most by sum ×
    /// current IDF (earlier first on ties).
    /// </summary>
    public void Add(IReadOnlyList<WeightedKey> document, int max, DocumentFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(frequencies);
        var squares = 0.0;
        for (var i = 0; i < document.Count; i++)
        {
            squares += document[i].Weight * document[i].Weight;
        }

        var norm = Math.Sqrt(squares);
        if (norm == 0)
        {
            return;
        }

        // The profile's keys, then the document's new ones in the order they were first seen (which numbers
        // them); a document key the profile has adds to its sum. The profile's keys are sorted, so a binary
        // search finds them, where a dictionary of both per document was most of this method's cost.
        var candidates = new (ulong Key, double Sum, int Order)[_keys.Length + document.Count];
        for (var i = 0; i < _keys.Length; i++)
        {
            candidates[i] = (_keys[i], _sums[i], _orders[i]);
        }

        var count = _keys.Length;
        Debug.Assert(document.Select(key => key.Key).Distinct().Count() == document.Count, "a document's keys are distinct");
        foreach (var (key, _) in InOrder(document))
        {
            var known = Array.BinarySearch(_keys, key.Key);
            if (known >= 0)
            {
                candidates[known].Sum += key.Weight / norm;
            }
            else
            {
                candidates[count++] = (key.Key, key.Weight / norm, _nextOrder++);
            }
        }

        var ranked = new UInt128[count];
        for (var at = 0; at < count; at++)
        {
            var (key, sum, order) = candidates[at];
            ranked[at] = HeaviestFirst.Rank(sum * frequencies.Idf(key), order, at);
        }

        var kept = new (ulong Key, double Sum, int Order)[HeaviestFirst.Sort(ranked, max)];
        for (var i = 0; i < kept.Length; i++)
        {
            kept[i] = candidates[HeaviestFirst.IndexOf(ranked[i])];
        }

        // Keys are distinct: sorting by key alone is a total order.
        kept.AsSpan().Sort(static (x, y) => x.Key.CompareTo(y.Key));
        _normOf = null;
        _keys = new ulong[kept.Length];
        _sums = new float[kept.Length];
        _orders = new int[kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            (_keys[i], var keptSum, _orders[i]) = kept[i];
            _sums[i] = (float)keptSum;
        }
    }

    /// <summary>The <paramref name="count"/> keys that weigh most by sum × current IDF, heaviest first (earlier first on ties).</summary>
    public IEnumerable<ulong> Heaviest(int count, DocumentFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(frequencies);
        var ranked = new UInt128[_keys.Length];
        for (var i = 0; i < ranked.Length; i++)
        {
            ranked[i] = HeaviestFirst.Rank(_sums[i] * frequencies.Idf(_keys[i]), _orders[i], i);
        }

        var heaviest = new ulong[HeaviestFirst.Sort(ranked, count)];
        for (var i = 0; i < heaviest.Length; i++)
        {
            heaviest[i] = _keys[HeaviestFirst.IndexOf(ranked[i])];
        }

        return heaviest;
    }

    /// <summary>Cosine between a document's keys (from <see cref="Top"/>) and this profile, both weighted by current IDF; 0 when either is empty.</summary>
    public double Cosine(IReadOnlyList<WeightedKey> document, DocumentFrequencies frequencies) => Cosine(new WeightedQuery(document, frequencies), frequencies);

    /// <summary>The same cosine, with the document's side worked out once for all the stories it is compared with.</summary>
    public double Cosine(WeightedQuery document, DocumentFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(frequencies);
        // The shared keys, found by looking the profile's keys up in the document's table, then summed in
        // the document's order, as a fresh computation would.
        Span<int> shared = document.Keys.Length <= 256 ? stackalloc int[document.Keys.Length] : new int[document.Keys.Length];
        shared.Fill(-1);
        var any = false;
        for (var i = 0; i < _keys.Length; i++)
        {
            var k = document.IndexOf(_keys[i]);
            if (k >= 0)
            {
                shared[k] = i;
                any = true;
            }
        }

        if (!any)
        {
            return 0;
        }

        double dot = 0;
        for (var k = 0; k < shared.Length; k++)
        {
            if (shared[k] >= 0)
            {
                var idf = document.Idfs[k];
                dot += document.Weights[k] * idf * _sums[shared[k]] * idf;
            }
        }

        // Nothing shared: the profile's norm, an IDF per key, is not needed.
        if (dot == 0)
        {
            return 0;
        }

        return dot / Math.Sqrt(document.Norm * SquaredNorm(frequencies));
    }

    private double SquaredNorm(DocumentFrequencies frequencies)
    {
        if (!ReferenceEquals(_normOf, frequencies) || _normEpoch != frequencies.Epoch)
        {
            _squaredNorm = 0;
            for (var i = 0; i < _keys.Length; i++)
            {
                var weight = _sums[i] * frequencies.Idf(_keys[i]);
                _squaredNorm += weight * weight;
            }

            (_normOf, _normEpoch) = (frequencies, frequencies.Epoch);
        }

        return _squaredNorm;
    }
}

/// <summary>A document's keys with their current IDF and the norm of the weighted vector, in the document's
/// order, so that every cosine sums in the same order as a fresh computation would.</summary>
internal sealed class WeightedQuery
{
    // An open-addressing table of the keys, at most half full: each slot holds a key's position plus one,
    // or zero when empty. A story's profile is compared key by key against it.
    private readonly int[] _slots;

    public WeightedQuery(IReadOnlyList<WeightedKey> document, DocumentFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(frequencies);
        Keys = new ulong[document.Count];
        Weights = new double[document.Count];
        Idfs = new double[document.Count];
        for (var k = 0; k < document.Count; k++)
        {
            var key = document[k];
            var idf = frequencies.Idf(key.Key);
            Keys[k] = key.Key;
            Weights[k] = key.Weight;
            Idfs[k] = idf;
            Norm += key.Weight * idf * key.Weight * idf;
        }

        _slots = new int[Math.Max(4, (int)BitOperations.RoundUpToPowerOf2((uint)(2 * document.Count)))];
        for (var k = 0; k < Keys.Length; k++)
        {
            var slot = Slot(Keys[k]);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & (_slots.Length - 1);
            }

            _slots[slot] = k + 1;
        }
    }

    public ulong[] Keys { get; }

    public double[] Weights { get; }

    public double[] Idfs { get; }

    public double Norm { get; }

    /// <summary>The position of <paramref name="key"/> among <see cref="Keys"/>, or -1 when the document does not have it.</summary>
    public int IndexOf(ulong key)
    {
        for (var slot = Slot(key); _slots[slot] != 0; slot = (slot + 1) & (_slots.Length - 1))
        {
            if (Keys[_slots[slot] - 1] == key)
            {
                return _slots[slot] - 1;
            }
        }

        return -1;
    }

    private int Slot(ulong key) => (int)((key ^ (key >> 29)) & (uint)(_slots.Length - 1));
}
