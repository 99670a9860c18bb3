namespace Analysis.Core.Actors.Titles;

/// <summary>What sort of title a phrase is.</summary>
public enum TitleKind
{
    /// <summary>A military or police grade ("général de brigade", "Colonel-major").</summary>
    Rank,

    /// <summary>An office ("ministre de la Défense", "Président", "chef d'état-major général des armées").</summary>
    Function,

    /// <summary>A form of address ("M.", "Mme", "Dr").</summary>
    Honorific,
}
