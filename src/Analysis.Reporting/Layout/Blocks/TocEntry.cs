namespace Analysis.Reporting.Layout.Blocks;

/// <summary>A line of the table of contents: the heading's level (1 for a section), its label, and its destination.</summary>
internal sealed record TocEntry(int Level, string Label, string Anchor);
