namespace Analysis.Core.Actors;

/// <summary>Where an actor comes from.</summary>
public enum ActorOrigin
{
    /// <summary>An entry of the actor dictionary (the default one or the user's).</summary>
    Dictionary,

    /// <summary>Found in the corpus by discovery patterns; to be reviewed and promoted into a dictionary.</summary>
    Discovered,
}
