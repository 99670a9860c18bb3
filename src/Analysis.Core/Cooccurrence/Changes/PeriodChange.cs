using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Core.Cooccurrence.Changes;

/// <summary>One change between two periods: the row of <c>changes.csv</c>.</summary>
/// <param name="From">The earlier period.</param>
/// <param name="To">The later period.</param>
/// <param name="Kind">What changed.</param>
/// <param name="Actor">The actor (for a tie, the one whose id sorts first).</param>
/// <param name="Other">The other actor of a tie; null for actor and title changes.</param>
/// <param name="Before">In <paramref name="From"/>: for a tie, its weight (stories by default, see
/// <see cref="NetworkOptions.Weight"/>); for an actor, the articles naming it; 0 when absent, and 0 for a title.</param>
/// <param name="After">The same in <paramref name="To"/>.</param>
/// <param name="Detail">What a reader needs besides the numbers: "first seen" or "seen before" for a tie
/// that appears or an actor that emerges; "rank: colonel-major → général de brigade" for a title.</param>
public sealed record PeriodChange(Period From, Period To, ChangeKind Kind, Actor Actor, Actor? Other, double Before, double After, string Detail);
