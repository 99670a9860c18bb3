namespace Analysis.Core.Actors;

/// <summary>What kind of actor an entry is. Places are extracted but are not network actors by default.</summary>
public enum ActorType
{
    /// <summary>A named individual (head of state, minister, officer, group leader).</summary>
    Person,

    /// <summary>An army, alliance, ministry, armed group or international body.</summary>
    Organization,

    /// <summary>A state, named or referred to by its demonym.</summary>
    Country,

    /// <summary>A city, region, river or palace: context, not an actor of the network by default.</summary>
    Place,
}
