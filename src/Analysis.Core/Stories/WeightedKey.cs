namespace Analysis.Core.Stories;

/// <summary>
/// One term or actor of a document or story profile: its key, its weight, and the position it was first
/// seen at, which breaks ties so that truncation keeps the earlier (headline, lede) terms deterministically.
/// </summary>
/// <param name="Key">The term's or actor's <see cref="TermKey"/>.</param>
/// <param name="Weight">Its weight (sublinear frequency, or frequency × IDF once weighted).</param>
/// <param name="Order">Where it was first seen; smaller is earlier.</param>
internal readonly record struct WeightedKey(ulong Key, double Weight, int Order);
