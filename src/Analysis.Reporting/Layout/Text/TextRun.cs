namespace Analysis.Reporting.Layout.Text;

/// <summary>A piece of a paragraph in one style, clickable when it has a <paramref name="Link"/>.</summary>
internal sealed record TextRun(string Text, TextStyle Style, LinkTarget? Link = null);
