namespace Analysis.Benchmarks.Inputs;

/// <summary>The inputs a benchmark runs on; one operation processes every article of the set once.</summary>
public enum InputSet
{
    /// <summary>The five articles of <c>seeds/</c>, UTF-8 with LF line ends, as shipped (2–3 KB each).</summary>
    Seeds,

    /// <summary>The same five articles saved as Windows-1252 with CRLF line ends, as a French Windows
    /// scraper writes them: decoding has to detect the legacy code page.</summary>
    Seeds1252,

    /// <summary>One long page made of the five articles one after another (about 13 KB): an aggregator's
    /// page or a live blog, where the cost per character and any non-linear step show.</summary>
    LongPage,
}
