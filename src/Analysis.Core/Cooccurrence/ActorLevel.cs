namespace Analysis.Core.Cooccurrence;

/// <summary>At which level actors are counted: as themselves, or rolled up to who they act for.</summary>
public enum ActorLevel
{
    /// <summary>Each actor as itself.</summary>
    Actor,

    /// <summary>
    /// Persons counted as the organization or country of the dictionary role they held at the article's
    /// date (a chief of staff as his country's army or country), else as their country (also when the
    /// article is undated, since the date is what tells the role); places as their country; organizations
    /// and countries as themselves. Discovered persons, who have no country, stay as themselves.
    /// </summary>
    Organization,

    /// <summary>Persons, organizations and places counted as their country; actors without one (the AES,
    /// the UN, discovered names) stay as themselves.</summary>
    Country,
}
