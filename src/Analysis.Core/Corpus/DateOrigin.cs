namespace Analysis.Core.Corpus;

/// <summary>Where a document's date came from, strongest first.</summary>
public enum DateOrigin
{
    /// <summary>No evidence was found.</summary>
    None,

    /// <summary>A structured field of the source: news-please <c>date_publish</c>, an HTML meta tag.</summary>
    Metadata,

    /// <summary>A publication line or prefix in the text ("Publié le …", "date 2024-11").</summary>
    Dateline,

    /// <summary>A date written in the article's prose ("le mardi 29 août 2023").</summary>
    Content,
}
