using Analysis.Core.Corpus;

namespace Analysis.Core.Actors;

/// <summary>
/// A title an actor held in an organization or country between two dates, as event-data actor
/// dictionaries bound a person's role. An unknown <see cref="From"/> means "since before the dictionary
/// knows"; an unknown <see cref="To"/> means "still held".
/// </summary>
/// <param name="Title">The title as the dictionary writes it ("chef d'état-major général des armées").</param>
/// <param name="Organization">Id of the country or organization the role is held in.</param>
/// <param name="From">First date of the role, at the precision known.</param>
/// <param name="To">Last date of the role, at the precision known; unknown when still held.</param>
public sealed record DatedRole(string Title, string Organization, PartialDate From, PartialDate To)
{
    /// <summary>
    /// True when the role was held at some point of <paramref name="date"/> (a month-precision date counts
    /// if the role overlaps the month). An unknown date is covered by no role.
    /// </summary>
    public bool Covers(PartialDate date)
    {
        if (!date.IsKnown)
        {
            return false;
        }

        var startsBeforeEnd = !From.IsKnown || From.FirstDay <= date.LastDay;
        var endsAfterStart = !To.IsKnown || To.LastDay >= date.FirstDay;
        return startsBeforeEnd && endsAfterStart;
    }
}
