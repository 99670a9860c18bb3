using Analysis.Reporting.Layout;
using Analysis.Reporting.Layout.Blocks;
using Analysis.Reporting.Layout.Text;

namespace Analysis.Reporting.Fluent;

/// <summary>Composes a table: its columns (relative widths, alignment), a header row repeated on every page, and body rows.</summary>
public sealed class TableBuilder
{
    private readonly List<TableColumnSpec> _columns = [];
    private readonly List<Action<TextBuilder>[]> _rows = [];
    private readonly bool _french;
    private Action<TextBuilder>[]? _header;
    private float _fontSize = 8.5f;
    private bool _rules;

    internal TableBuilder(bool frenchTypography)
    {
        _french = frenchTypography;
    }

    /// <summary>A column taking <paramref name="weight"/> shares of the width.</summary>
    public TableBuilder Column(float weight, CellAlignment alignment = CellAlignment.Left)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        _columns.Add(new TableColumnSpec(weight, alignment switch
        {
            CellAlignment.Right => TextAlignment.Right,
            CellAlignment.Center => TextAlignment.Center,
            _ => TextAlignment.Left,
        }));
        return this;
    }

    /// <summary>The header row, repeated at the top of every page the table spans.</summary>
    public TableBuilder Header(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        _header = [.. cells.Select(Plain)];
        return this;
    }

    /// <summary>A row of plain cells.</summary>
    public TableBuilder Row(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        _rows.Add([.. cells.Select(Plain)]);
        return this;
    }

    /// <summary>A row of composed cells (bold, italic, links, citations).</summary>
    public TableBuilder Row(params Action<TextBuilder>[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        _rows.Add(cells);
        return this;
    }

    /// <summary>The cells' font size, in points (8.5 by default).</summary>
    public TableBuilder FontSize(float points)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 4f);
        _fontSize = points;
        return this;
    }

    /// <summary>Thin rules between rows, besides the stripes.</summary>
    public TableBuilder Ruled()
    {
        _rules = true;
        return this;
    }

    internal Block Build()
    {
        if (_columns.Count == 0)
        {
            throw new LayoutException("A table needs its columns: call Column(weight) once per column before adding rows.");
        }

        var style = TextStyle.Body.WithSize(_fontSize);
        var header = _header is null ? null : Cells(_header, style.AsBold());
        return new TableBlock(_columns, header, [.. _rows.Select(r => Cells(r, style))], TableStyle.Default with { Rules = _rules });
    }

    private static Action<TextBuilder> Plain(string text) => t => t.Text(text ?? string.Empty);

    private List<Block> Cells(Action<TextBuilder>[] cells, TextStyle style)
    {
        if (cells.Length != _columns.Count)
        {
            throw new LayoutException($"A table row has {cells.Length} cells but the table has {_columns.Count} columns; give every row one cell per column.");
        }

        var blocks = new List<Block>(cells.Length);
        for (var c = 0; c < cells.Length; c++)
        {
            var text = new TextBuilder(style, _french);
            cells[c](text);
            blocks.Add(new ParagraphBlock(text.Runs, ParagraphFormat.Body with { SpaceAfter = 0f, Leading = 1.25f, Alignment = _columns[c].Alignment, Anchor = text.Anchor }));
        }

        return blocks;
    }
}
