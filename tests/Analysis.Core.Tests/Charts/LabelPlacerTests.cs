using Analysis.Core.Charts;
using SkiaSharp;

namespace Analysis.Core.Tests.Charts;

public sealed class LabelPlacerTests
{
    [Fact]
    public void Place_PutsTheLabelRightOfItsNode_WhenNothingIsInTheWay()
    {
        var rects = LabelPlacer.Place([(new SKPoint(100, 100), 10f)], [new SKSize(60, 14)], new SKRect(0, 0, 400, 300));

        Assert.True(rects[0].Left > 110 && rects[0].MidY == 100, rects[0].ToString());
    }

    [Fact]
    public void Place_AvoidsOverlaps_WhenNodesCrowdTogether()
    {
        // A tight 4 × 3 grid of nodes with long labels: right of every node is taken by the next node's label.
        var nodes = (from row in Enumerable.Range(0, 3) from column in Enumerable.Range(0, 4) select (new SKPoint(150 + (column * 90), 100 + (row * 60)), 8f)).ToList();
        var sizes = nodes.Select(_ => new SKSize(80, 14)).ToList();

        var rects = LabelPlacer.Place(nodes, sizes, new SKRect(0, 0, 700, 400));

        for (var i = 0; i < rects.Count; i++)
        {
            for (var j = i + 1; j < rects.Count; j++)
            {
                Assert.False(rects[i].IntersectsWith(rects[j]), $"labels {i} and {j} overlap: {rects[i]} {rects[j]}");
            }
        }
    }

    [Fact]
    public void Place_KeepsLabelsInsideTheBounds_AtTheEdges()
    {
        var bounds = new SKRect(0, 0, 300, 200);
        var nodes = new List<(SKPoint, float)> { (new SKPoint(295, 100), 5f), (new SKPoint(5, 5), 5f), (new SKPoint(150, 196), 5f) };

        var rects = LabelPlacer.Place(nodes, [new SKSize(70, 14), new SKSize(70, 14), new SKSize(70, 14)], bounds);

        Assert.All(rects, r => Assert.True(bounds.Contains(r), r.ToString()));
    }

    [Fact]
    public void Place_Throws_WhenSizesAndNodesDiffer()
    {
        Assert.Throws<ArgumentException>(() => LabelPlacer.Place([(new SKPoint(0, 0), 1f)], [], SKRect.Create(10, 10)));
    }
}
