namespace Analysis.Core.Corpus;

/// <summary>What a stretch of a document's text is, as far as analysis is concerned.</summary>
public enum SegmentKind
{
    /// <summary>Article prose, subheadings and photo captions: the text actors are extracted from.</summary>
    Content,

    /// <summary>The article's headline.</summary>
    Title,

    /// <summary>The author line ("Par Mamadou COULYBALI", a bare name after the last paragraph).</summary>
    Byline,

    /// <summary>A publication-date line or prefix ("Publié le 6 mars 2024", "date 2024-11").</summary>
    Dateline,

    /// <summary>Web page furniture: navigation, ads, related links, comment forms, outlet blurbs.</summary>
    Boilerplate,
}
