namespace Analysis.Reporting.Briefing;

/// <summary>The language of the briefing's own text; quotes from articles stay in theirs.</summary>
public enum BriefingLanguage
{
    /// <summary>English, the default.</summary>
    English,

    /// <summary>French, with French typography (non-breaking spaces before « : ; ! ? »).</summary>
    French,
}
