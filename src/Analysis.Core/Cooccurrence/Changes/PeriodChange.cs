using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Core.Cooccurrence.Changes;

/// <summary>One change between two periods: the row of <c>changes.csv</c>.</summary>
/// <param name="From">The earlier period.</param>
/// <param name="To">The later period.</param>
/// <param name="Kind">What changed.</param>
/// <param name="Actor">The actor (for a tie, the one whose id sorts first).</param>
/// <param name="Other">The other actor of a tie; null for actor and title changes.</param>
/// <param name="Before">The tie's weight, or the actor's articles, in <paramref name="From"/>; 0 when absent.</param>
/// <param name="After">The same in <paramref name="To"/>.</param>
/// <param name="Detail">What a reader needs besides the numbers: titles before and after, "first seen".</param>
public sealed record PeriodChange(Period From, Period To, ChangeKind Kind, Actor Actor, Actor? Other, double Before, double After, string Detail);
