namespace Analysis.Core.Stories;

/// <summary>
/// Online document frequencies of terms and actors over the documents seen so far, for an IDF that
/// learns the corpus's beat vocabulary as the stream goes ("sécurité", "terrorisme", Mali in a Sahel
/// corpus) without a second pass. The counts live in a fixed table of hashed buckets, so memory does not
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

    // Frequencies below this have their IDF memoised for the current number of documents.
    private const int MemoisedCounts = 1 << 14;

    private readonly int[] _counts = new int[Buckets];

    // The IDF of each small frequency, valid where its stamp is the current number of documents: matching
    // one document against a hundred stories asks for thousands of IDFs of a few hundred distinct
    // frequencies, and the logarithm was most of their cost. Stamped, not cleared, once per document.
    private readonly double[] _idfOfCount = new double[MemoisedCounts];
    private readonly int[] _idfStamp = new int[MemoisedCounts];

    /// <summary>Number of documents counted.</summary>
    public int Documents { get; private set; }

    /// <summary>Counts one document, given its distinct keys.</summary>
    public void Add(IEnumerable<ulong> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Documents++;
        foreach (var key in keys)
        {
            _counts[Bucket(key)]++;
        }
    }

    /// <summary>The number of documents counted with <paramref name="key"/> (or a key sharing its bucket).</summary>
    public int Of(ulong key) => _counts[Bucket(key)];

    /// <summary>
    /// Smoothed IDF, 1 + ln((N + 1) / (df + 1)): never zero, so while few documents have been seen (when
    /// every shared word looks common) the weights stay close to plain overlap, and the beat's words lose
    /// weight only as the corpus shows them to be common.
    /// </summary>
    public double Idf(ulong key)
    {
        var count = Of(key);
        if (count >= MemoisedCounts)
        {
            return IdfOf(count);
        }

        // Stamps start at zero, and there is at least one document once any is counted: offset by one so a
        // fresh table never passes for a memo.
        if (_idfStamp[count] != Documents + 1)
        {
            _idfOfCount[count] = IdfOf(count);
            _idfStamp[count] = Documents + 1;
        }

        return _idfOfCount[count];
    }

    private double IdfOf(int count) => 1 + Math.Log((Documents + 1.0) / (count + 1.0));

    /// <summary>True when <paramref name="key"/> is too common to be worth an index look-up.</summary>
    public bool IsCommon(ulong key) => Documents >= MinDocumentsToSkipCommon && Of(key) > CommonShare * Documents;

    private static int Bucket(ulong key) => (int)((key ^ (key >> 32)) & (Buckets - 1));
}
