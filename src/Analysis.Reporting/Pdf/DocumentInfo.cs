namespace Analysis.Reporting.Pdf;

/// <summary>The PDF's document properties, as a viewer's "Properties" dialog shows them.</summary>
internal sealed record DocumentInfo(string Title, string Subject, string Author, string Keywords, string Creator, DateTimeOffset Created);
