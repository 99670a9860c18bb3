using SkiaSharp;

namespace Analysis.Reporting.Layout.Blocks;

/// <summary>
/// A table with a header row repeated on every page it spans. It splits between rows; a row is cut only when
/// it is taller than a whole page, and then each cell continues on the next page under the header again.
/// Stripes continue across pages as if the table were whole.
/// </summary>
internal sealed class TableBlock : Block
{
    private const int MinWidthRows = 50;
    private readonly IReadOnlyList<TableColumnSpec> _columns;
    private readonly IReadOnlyList<Block>? _header;
    private readonly IReadOnlyList<IReadOnlyList<Block>> _rows;
    private readonly TableStyle _style;
    private readonly int _firstRow;

    // The rows of the whole table, so every part of a split table has the same column widths.
    private readonly IReadOnlyList<IReadOnlyList<Block>> _allRows;
    private (float Width, float[] Columns)? _widths;

    /// <summary>A table of <paramref name="rows"/> under <paramref name="header"/> (null for none).</summary>
    public TableBlock(IReadOnlyList<TableColumnSpec> columns, IReadOnlyList<Block>? header, IReadOnlyList<IReadOnlyList<Block>> rows, TableStyle? style = null, int firstRow = 0)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0)
        {
            throw new LayoutException("A table needs at least one column.");
        }

        foreach (var row in header is null ? rows : rows.Prepend(header))
        {
            if (row.Count != columns.Count)
            {
                throw new LayoutException($"A table row has {row.Count} cells but the table has {columns.Count} columns; give every row one cell per column.");
            }
        }

        _columns = columns;
        _header = header;
        _rows = rows;
        _style = style ?? TableStyle.Default;
        _firstRow = firstRow;
        _allRows = rows;
    }

    private TableBlock(TableBlock whole, IReadOnlyList<IReadOnlyList<Block>> rows, int firstRow)
        : this(whole._columns, whole._header, rows, whole._style, firstRow)
    {
        _allRows = whole._allRows;
        _widths = whole._widths;
    }

    /// <summary>The body rows on this part of the table.</summary>
    public int RowCount => _rows.Count;

    /// <inheritdoc />
    public override float SpaceBefore => 6f;

    /// <inheritdoc />
    public override float SpaceAfter => 10f;

    /// <inheritdoc />
    public override float Measure(float width) => HeaderHeight(width) + _rows.Sum(r => RowHeight(r, width));

    /// <inheritdoc />
    public override BlockSplit Split(LayoutSpace space)
    {
        var header = HeaderHeight(space.Width);
        if (_header is not null && space.AtPageTop && header > space.Height / 2f)
        {
            // A header taller than half a page (a 5,000-character word in a narrow column) cannot be
            // repeated: the pages under it would have no room, and a row cut to fit would never end. It
            // is drawn once, as the table's first row.
            return new TableBlock(_columns, null, [_header, .. _rows], _style, _firstRow).Split(space);
        }

        var used = header;
        var fit = 0;
        while (fit < _rows.Count && used + RowHeight(_rows[fit], space.Width) <= space.Height + LayoutSpace.Tolerance)
        {
            used += RowHeight(_rows[fit++], space.Width);
        }

        if (fit == _rows.Count)
        {
            return BlockSplit.Whole(this);
        }

        if (fit > 0)
        {
            return new BlockSplit(Part([.. _rows.Take(fit)], _firstRow), Part([.. _rows.Skip(fit)], _firstRow + fit));
        }

        if (!space.AtPageTop)
        {
            return BlockSplit.Nothing(this);
        }

        // The first row is taller than a page: each cell gives what fits, the rest continues below the header.
        var cellSpace = new LayoutSpace(0f, space.Height - header - (2 * _style.PaddingY), AtPageTop: true);
        var widths = Widths(space.Width);
        var head = new List<Block>();
        var rest = new List<Block>();
        for (var c = 0; c < _columns.Count; c++)
        {
            var split = _rows[0][c].Split(cellSpace with { Width = widths[c] - (2 * _style.PaddingX) });
            head.Add(split.Head ?? new SpacerBlock(0));
            rest.Add(split.Rest ?? new SpacerBlock(0));
        }

        return new BlockSplit(Part([head], _firstRow), Part([rest, .. _rows.Skip(1)], _firstRow));
    }

    /// <inheritdoc />
    public override void Draw(DrawContext context, float left, float top, float width)
    {
        var canvas = context.Canvas;
        var y = top;
        using var fill = new SKPaint { IsAntialias = true };
        using var rule = new SKPaint { Color = _style.RuleColor, StrokeWidth = 0.6f, IsStroke = true, IsAntialias = true };
        if (_header is not null)
        {
            var height = RowHeight(_header, width);
            fill.Color = _style.HeaderFill;
            canvas.DrawRect(new SKRect(left, y, left + width, y + height), fill);
            DrawCells(context, _header, left, y, width);
            y += height;
            canvas.DrawLine(left, y, left + width, y, rule);
        }

        for (var r = 0; r < _rows.Count; r++)
        {
            var height = RowHeight(_rows[r], width);
            if ((_firstRow + r) % 2 == 1 && _style.StripeFill.Alpha > 0)
            {
                fill.Color = _style.StripeFill;
                canvas.DrawRect(new SKRect(left, y, left + width, y + height), fill);
            }

            DrawCells(context, _rows[r], left, y, width);
            y += height;
            if (_style.Rules || r == _rows.Count - 1)
            {
                canvas.DrawLine(left, y, left + width, y, rule);
            }
        }
    }

    private TableBlock Part(IReadOnlyList<IReadOnlyList<Block>> rows, int firstRow) => new(this, rows, firstRow);

    private void DrawCells(DrawContext context, IReadOnlyList<Block> cells, float left, float top, float width)
    {
        var widths = Widths(width);
        var x = left;
        for (var c = 0; c < cells.Count; c++)
        {
            cells[c].Draw(context, x + _style.PaddingX, top + _style.PaddingY, widths[c] - (2 * _style.PaddingX));
            x += widths[c];
        }
    }

    private float HeaderHeight(float width) => _header is null ? 0f : RowHeight(_header, width);

    private float RowHeight(IReadOnlyList<Block> cells, float width)
    {
        var widths = Widths(width);
        var height = 0f;
        for (var c = 0; c < cells.Count; c++)
        {
            height = Math.Max(height, cells[c].Measure(widths[c] - (2 * _style.PaddingX)));
        }

        return height + (2 * _style.PaddingY);
    }

    // The columns' shares of the width, except that a column is never narrower than its longest word:
    // "Mentions" is not cut into "Ment-ions"; the width it needs is taken from the wider columns.
    private float[] Widths(float width)
    {
        if (_widths is { } cached && cached.Width == width)
        {
            return cached.Columns;
        }

        var columns = ColumnWidths(width);
        _widths = (width, columns);
        return columns;
    }

    private float[] ColumnWidths(float width)
    {
        var total = _columns.Sum(c => c.Weight);
        var widths = _columns.Select(c => width * c.Weight / total).ToArray();
        // Body words count too ("organization"), up to a third of the table: a long file name may still be cut.
        var minimum = new float[_columns.Count];
        var measured = _allRows.Take(MinWidthRows);
        foreach (var row in _header is null ? measured : measured.Prepend(_header))
        {
            for (var c = 0; c < row.Count; c++)
            {
                var needed = row[c] is ParagraphBlock p ? p.MinWidth + (2 * _style.PaddingX) + 0.5f : 0f;
                minimum[c] = Math.Max(minimum[c], Math.Min(needed, width / 3f));
            }
        }

        var missing = widths.Select((w, c) => Math.Max(0f, minimum[c] - w)).Sum();
        var spare = widths.Select((w, c) => Math.Max(0f, w - minimum[c])).Sum();
        if (missing <= 0f || spare <= missing)
        {
            return widths;
        }

        return [.. widths.Select((w, c) => w < minimum[c] ? minimum[c] : w - ((w - minimum[c]) * missing / spare))];
    }
}
