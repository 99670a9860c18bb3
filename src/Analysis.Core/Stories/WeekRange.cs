namespace Analysis.Core.Stories;

/// <summary>A range of week numbers (days since 0001-01-01 divided by seven), both ends included: what
/// <see cref="StoryIndex"/> lists dated stories by.</summary>
internal readonly record struct WeekRange(int First, int Last)
{
    private const int WeekDays = 7;

    /// <summary>The weeks <paramref name="interval"/> touches once widened by <paramref name="gapDays"/> on both sides.</summary>
    public static WeekRange Of(DayInterval interval, int gapDays) =>
        new((interval.First.DayNumber - gapDays) / WeekDays, (interval.Last.DayNumber + gapDays) / WeekDays);

    /// <summary>The smallest range covering this one and <paramref name="other"/> (this one when null).</summary>
    public WeekRange Union(WeekRange? other) =>
        other is { } o ? new WeekRange(Math.Min(First, o.First), Math.Max(Last, o.Last)) : this;
}
