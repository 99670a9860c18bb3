using SkiaSharp;

namespace Analysis.Reporting.Layout.Blocks;

/// <summary>
/// A table with a header row repeated on every page it spans. It splits between rows; a row is cut only when
/// it is taller than a whole page, and then each cell continues on the next page under the header again.
/// Stripes continue across pages as if the table were whole.
/// </summary>
internal sealed class TableBlock : Block
{
    private readonly IReadOnlyList<TableColumnSpec> _columns;
    private readonly IReadOnlyList<Block>? _header;
    private readonly IReadOnlyList<IReadOnlyList<Block>> _rows;
    private readonly TableStyle _style;
    private readonly int _firstRow;

    /// <summary>A table of <paramref name="rows"/> under <paramref name="header"/> (null for none).</summary>
    public TableBlock(IReadOnlyList<TableColumnSpec> columns, IReadOnlyList<Block>? header, IReadOnlyList<IReadOnlyList<Block>> rows, TableStyle? style = null, int firstRow = 0)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0)
        {
            throw new LayoutException("A table needs at least one column.");
        }

        foreach (var row in rows.Prepend(header ?? columns.Select(_ => (Block)new SpacerBlock(0)).ToList()))
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

    private TableBlock Part(IReadOnlyList<IReadOnlyList<Block>> rows, int firstRow) => new(_columns, _header, rows, _style, firstRow);

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

    private float[] Widths(float width)
    {
        var total = _columns.Sum(c => c.Weight);
        return [.. _columns.Select(c => width * c.Weight / total)];
    }
}
