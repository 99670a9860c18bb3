namespace Analysis.Core.Notebook;

/// <summary>The MIME types a notebook output carries, as Jupyter and Polyglot Notebooks name them.</summary>
public static class MimeTypes
{
    /// <summary>HTML, rendered by every notebook front end.</summary>
    public const string Html = "text/html";

    /// <summary>A PNG image; in a notebook's output it is written as base64 text.</summary>
    public const string Png = "image/png";

    /// <summary>Plain text, the fallback every front end can show.</summary>
    public const string PlainText = "text/plain";
}
