using Analysis.Reporting.Fluent;

namespace Analysis.Reporting.Briefing;

/// <summary>How the PDF briefing is written; what it counts is in <see cref="Output.ExportSettings"/>.</summary>
public sealed record BriefingOptions
{
    /// <summary>English and A4, titled from the corpus, no focus actor, dated now.</summary>
    public static BriefingOptions Default { get; } = new();

    /// <summary>The title on the cover and in the running header; null for one made from the corpus.</summary>
    public string? Title { get; init; }

    /// <summary>The language of the briefing's own text.</summary>
    public BriefingLanguage Language { get; init; } = BriefingLanguage.English;

    /// <summary>The paper size.</summary>
    public PageSize PageSize { get; init; } = PageSize.A4;

    /// <summary>An actor (name or id, case and accents ignored) given its own section; null for none.</summary>
    public string? Focus { get; init; }

    /// <summary>The corpus's name (its folder's), which the default title names.</summary>
    public string CorpusName { get; init; } = "corpus";

    /// <summary>
    /// The generation date printed on the cover and stored in the PDF; null for now. Fixing it makes the same
    /// input give a byte-identical PDF.
    /// </summary>
    public DateTimeOffset? Generated { get; init; }
}
