namespace Analysis.Core.Actors;

/// <summary>How a mention was found and tied to its actor.</summary>
public enum MentionOrigin
{
    /// <summary>A dictionary name, alias, acronym, demonym or combining form.</summary>
    Dictionary,

    /// <summary>A name found by a discovery pattern ("le général de brigade X Y", "Long Name (ACR)").</summary>
    Discovered,

    /// <summary>A short form ("le général Simporé", "Simporé Célestin") tied to a full name in the same article.</summary>
    Coreference,

    /// <summary>A role-only reference ("le chef d'état-major des forces armées du Niger") tied through the
    /// dictionary's dated roles to the one actor who held the role on the article's date.</summary>
    Role,
}
