namespace Analysis.Core.Stories;

/// <summary>
/// Online document frequencies of terms and actors over the documents seen so far, for an IDF that
/// learns the corpus's beat vocabulary as the stream goes ("sécurité", "terrorisme", Mali in a Sahel
/// corpus) without a second pass. The counts live in fixed tables of hashed buckets (8 MB), so memory does not
/// grow with the vocabulary of millions of articles; a rare term that shares a bucket with a common one
/// is under-weighted, which with 2^20 buckets concerns a small fraction of rare terms. Not thread-safe,
/// even to read: the IDFs are memoised (see <see cref="Idf"/>).
/// </summary>
internal sealed class DocumentFrequencies
{
    private const int Buckets = 1 << 20;

    // Below this many documents every word is "common" in a few-article corpus, and scanning the few
    // candidate stories costs nothing, so no key is skipped in candidate look-up.
    private const int MinDocumentsToSkipCommon = 1000;

    // A key in more than this share of the documents (a country of the beat) selects too many stories to
    // be worth looking up; the rarer keys of the same document find the story.
    private const double CommonShare = 0.05;

    // The weights are worked out again each time the corpus has grown by this fraction (1/100, rounded
    // down) since they last were, so at every document of the first two hundred.
    private const int RefreshDivisor = 100;

    // The buckets listed as changed since the last refresh, at most: past that many (a refresh every ten
    // thousand documents at a million), the refresh copies the whole table instead, so the list stays small.
    private const int MaxPending = Buckets / 8;

    // Frequencies below this have their IDF memoised for the current weights.
    private const int MemoisedCounts = 1 << 14;

    // The counts of every document seen, and the counts the weights are worked out from: the same, but for
    // the buckets of the documents counted since the last refresh, which are listed in _pending (or, when
    // too many to list, all copied).
    private readonly int[] _counts = new int[Buckets];
    private readonly int[] _weighed = new int[Buckets];
    private readonly List<int> _pending = [];
    private bool _pendingOverflow;

    // The IDF of each small frequency, valid where its stamp is the current epoch: matching one document
    // against a hundred stories asks for thousands of IDFs of a few hundred distinct frequencies, and the
    // logarithm was most of their cost. Stamped, not cleared, at each refresh.
    private readonly double[] _idfOfCount = new double[MemoisedCounts];
    private readonly int[] _idfStamp = new int[MemoisedCounts];

    /// <summary>Number of documents counted.</summary>
    public int Documents { get; private set; }

    /// <summary>The number of documents the weights (<see cref="Idf"/>) are worked out from.</summary>
    public int WeighedDocuments { get; private set; }

    /// <summary>
    /// Numbers the weights: it changes each time they are worked out again, and anything computed from
    /// them (a story profile's norm) stays valid while it does not.
    /// </summary>
    public int Epoch { get; private set; }

    /// <summary>Counts one document, given its distinct keys.</summary>
    public void Add(IEnumerable<ulong> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            Count(key);
        }

        Counted();
    }

    /// <summary>Counts one document, given its distinct terms and its distinct actors.</summary>
    public void Add(IReadOnlyList<WeightedKey> terms, IReadOnlyList<WeightedKey> actors)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(actors);
        for (var i = 0; i < terms.Count; i++)
        {
            Count(terms[i].Key);
        }

        for (var i = 0; i < actors.Count; i++)
        {
            Count(actors[i].Key);
        }

        Counted();
    }

    private void Count(ulong key)
    {
        var bucket = Bucket(key);
        _counts[bucket]++;
        if (_pending.Count < MaxPending)
        {
            _pending.Add(bucket);
        }
        else
        {
            _pendingOverflow = true;
        }
    }

    // Ends a document's count, and works the weights out again when the corpus has grown enough.
    private void Counted()
    {
        Documents++;
        if (Documents - WeighedDocuments >= Math.Max(1, WeighedDocuments / RefreshDivisor))
        {
            Refresh();
        }
    }

    /// <summary>The number of documents counted with <paramref name="key"/> (or a key sharing its bucket).</summary>
    public int Of(ulong key) => _counts[Bucket(key)];

    /// <summary>
    /// Smoothed IDF, 1 + ln((N + 1) / (df + 1)): never zero, so while few documents have been seen (when
    /// every shared word looks common) the weights stay close to plain overlap, and the beat's words lose
    /// weight only as the corpus shows them to be common. N and df are as of the last refresh (see
    /// <see cref="Epoch"/>): every document of the first two hundred, then each time the corpus has grown by
    /// a hundredth (rounded down). A weight that moves by a fraction of a percent from one document to the next changes no
    /// verdict worth the cost: the norm of every story profile compared, eighty keys each, a hundred stories
    /// per document, had to be weighed again at each document.
    /// </summary>
    public double Idf(ulong key)
    {
        var count = _weighed[Bucket(key)];
        if (count >= MemoisedCounts)
        {
            return IdfOf(count);
        }

        // Stamps start at zero: offset by one so a fresh table never passes for a memo.
        if (_idfStamp[count] != Epoch + 1)
        {
            _idfOfCount[count] = IdfOf(count);
            _idfStamp[count] = Epoch + 1;
        }

        return _idfOfCount[count];
    }

    private double IdfOf(int count) => 1 + Math.Log((WeighedDocuments + 1.0) / (count + 1.0));

    /// <summary>True when <paramref name="key"/> is too common to be worth an index look-up.</summary>
    public bool IsCommon(ulong key) => Documents >= MinDocumentsToSkipCommon && Of(key) > CommonShare * Documents;

    private void Refresh()
    {
        if (_pendingOverflow)
        {
            Array.Copy(_counts, _weighed, Buckets);
            _pendingOverflow = false;
        }
        else
        {
            foreach (var bucket in _pending)
            {
                _weighed[bucket] = _counts[bucket];
            }
        }

        _pending.Clear();
        WeighedDocuments = Documents;
        Epoch++;
    }

    private static int Bucket(ulong key) => (int)((key ^ (key >> 32)) & (Buckets - 1));
}
