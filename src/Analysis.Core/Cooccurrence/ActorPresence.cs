using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence.Periods;

namespace Analysis.Core.Cooccurrence;

/// <summary>How present one actor is in one period and window, ties or not.</summary>
/// <param name="Period">The period.</param>
/// <param name="Window">The window.</param>
/// <param name="Actor">The actor, as counted.</param>
/// <param name="Windows">Windows in which it appears.</param>
/// <param name="Documents">Articles in which it appears.</param>
public sealed record ActorPresence(Period Period, CooccurrenceWindow Window, Actor Actor, int Windows, int Documents);
