using Analysis.Reporting.Layout.Text;

namespace Analysis.Reporting.Layout.Blocks;

/// <summary>A table column: its share of the table's width and how its cells are aligned.</summary>
internal sealed record TableColumnSpec(float Weight, TextAlignment Alignment = TextAlignment.Left);
