namespace Analysis.CorpusGenerator;

/// <summary>
/// A small deterministic random generator (SplitMix64). The generator owns its algorithm instead of using
/// <see cref="Random"/>, whose seeded sequence is not promised to stay the same across .NET releases: the
/// same seed must give the same corpus, byte for byte, on every machine and runtime.
/// </summary>
internal struct Rng
{
    private ulong _state;

    /// <summary>A generator for stream <paramref name="stream"/> of <paramref name="seed"/>: article n uses stream n + 1.</summary>
    public Rng(ulong seed, ulong stream)
    {
        _state = Mix(seed ^ Mix(stream + 0x632BE59BD9B4E019UL));
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A number in [0, <paramref name="bound"/>).</summary>
    public int Below(int bound) => bound <= 1 ? 0 : (int)((Next() >> 33) % (ulong)bound);

    /// <summary>A number in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public int Between(int low, int high) => low + Below(high - low + 1);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => (Next() >> 11) * (1.0 / (1UL << 53)) < p;

    /// <summary>One item of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Below(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
