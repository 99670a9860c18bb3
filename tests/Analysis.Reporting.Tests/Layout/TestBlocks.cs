using Analysis.Reporting.Layout;
using Analysis.Reporting.Layout.Blocks;
using Analysis.Reporting.Layout.Text;
using SkiaSharp;

namespace Analysis.Reporting.Tests.Layout;

/// <summary>A block of a fixed height that never splits, with the spacing a test gives it; it remembers where it was drawn.</summary>
internal sealed class FixedBlock(string name, float height, float spaceBefore = 0f, float spaceAfter = 0f, bool keepWithNext = false) : Block
{
    public string Name { get; } = name;

    public float Height { get; } = height;

    public float? DrawnAt { get; private set; }

    public override float SpaceBefore => spaceBefore;

    public override float SpaceAfter => spaceAfter;

    public override bool KeepWithNext => keepWithNext;

    public override float Measure(float width) => Height;

    public override void Draw(DrawContext context, float left, float top, float width) => DrawnAt = top;

    public override string ToString() => Name;
}

/// <summary>A block that fits no page, however large: the page loop must stop with an error, not loop.</summary>
internal sealed class NeverFitsBlock : Block
{
    public override float Measure(float width) => float.MaxValue;

    public override BlockSplit Split(LayoutSpace space) => BlockSplit.Nothing(this);

    public override void Draw(DrawContext context, float left, float top, float width)
    {
    }
}

/// <summary>A faulty block that always hands back a part and itself, so it never gets shorter.</summary>
internal sealed class EndlessBlock : Block
{
    public override float Measure(float width) => 10f;

    public override BlockSplit Split(LayoutSpace space) => new(new FixedBlock("part", 1f), this);

    public override void Draw(DrawContext context, float left, float top, float width)
    {
    }
}

/// <summary>Building blocks and reading laid-out results back.</summary>
internal static class LayoutKit
{
    public const float Width = 300f;

    /// <summary>A body-text paragraph of exactly <paramref name="lines"/> one-word lines (forced breaks), so its line count never depends on font metrics.</summary>
    public static ParagraphBlock Lines(int lines, ParagraphFormat? format = null) =>
        new([new TextRun(string.Join('\n', Enumerable.Range(1, lines).Select(i => $"line{i}")), TextStyle.Body)], format);

    /// <summary>The height of one body-text line.</summary>
    public static float LineHeight => Lines(1).Measure(Width);

    /// <summary>The texts of <paramref name="block"/>'s lines, or none for null.</summary>
    public static IEnumerable<string> LineTexts(Block? block) =>
        block is ParagraphBlock paragraph ? paragraph.Lines(Width).Select(l => l.Text) : [];

    /// <summary>The names of the fixed blocks a column holds, or none for null.</summary>
    public static IReadOnlyList<string> Names(Block? block) =>
        block is ColumnBlock column ? [.. column.Children.Select(c => c is FixedBlock f ? f.Name : c.GetType().Name)] : [];

    /// <summary>Draws <paramref name="block"/> on a canvas that draws nothing, from <paramref name="top"/>.</summary>
    public static void Draw(Block block, float top = 0f)
    {
        using var canvas = new SKNoDrawCanvas(600, 900);
        block.Draw(new DrawContext(canvas, 1, new DestinationRegister()), 0f, top, Width);
    }
}
