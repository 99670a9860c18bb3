namespace Analysis.Core.Cooccurrence;

/// <summary>Which count makes a tie's weight in a network and in the changes between periods.</summary>
public enum TieWeight
{
    /// <summary>Windows in which both appear: every sentence counts.</summary>
    Windows,

    /// <summary>Articles in which both appear.</summary>
    Documents,

    /// <summary>Distinct stories in which both appear: three outlets on one event count once.</summary>
    Stories,
}
