namespace Analysis.Core.Cooccurrence.Changes;

/// <summary>What changed between two consecutive periods.</summary>
public enum ChangeKind
{
    /// <summary>A tie absent from the earlier period is present in the later one.</summary>
    TieAppeared,

    /// <summary>A tie present in both grew by at least the options' ratio.</summary>
    TieStrengthened,

    /// <summary>A tie present in both shrank by at least the options' ratio.</summary>
    TieWeakened,

    /// <summary>A tie present in the earlier period is absent from the later one.</summary>
    TieVanished,

    /// <summary>An actor not named in the earlier period is named in the later one.</summary>
    ActorEmerged,

    /// <summary>An actor named in the earlier period is not named in the later one.</summary>
    ActorDisappeared,

    /// <summary>An actor is given a title the articles of its previous period did not give it
    /// (a promotion, a new office).</summary>
    TitleChanged,
}
