using Analysis.Core.Corpus;

namespace Analysis.Reporting.Briefing;

/// <summary>What a numbered source in the briefing says about an article: enough to find it again.</summary>
public sealed record DocumentCard(string Id, string Title, string Outlet, PartialDate Date, string File, string Url, string Language)
{
    /// <summary>The card of <paramref name="document"/>.</summary>
    public static DocumentCard Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentCard(document.Id, document.Title, document.Outlet, document.Date.Value, document.File, document.Url, document.Language);
    }
}
