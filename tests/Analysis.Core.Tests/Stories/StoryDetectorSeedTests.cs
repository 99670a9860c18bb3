using Analysis.Core.Actors;
using Analysis.Core.Corpus;
using Analysis.Core.Stories;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Stories;

/// <summary>
/// Stories of the five seed articles, as read: 002, 003 and 004 report the AES chiefs-of-staff meeting in
/// Bamako of 6 November 2024 (004 dated only "2024-11"), in three outlets' own words; 000 (Bamako visit,
/// 29 August 2023) and 001 (Kigali and Moscow, November 2023) are each the only report of their event.
/// </summary>
public sealed class StoryDetectorSeedTests(SeedCorpusFixture seeds) : IClassFixture<SeedCorpusFixture>
{
    private static readonly string[] FileOrder = ["000", "001", "002", "003", "004"];

    [Fact]
    public void Assign_GroupsTheThreeReportsOfTheBamakoMeeting_WhenSeedsAreFedInFileOrder()
    {
        var ids = AssignAll(FileOrder);

        AssertSeedGrouping(ids);
    }

    [Fact]
    public void Assign_GroupsTheSeedsTheSameWay_WhenSeedsAreFedInReverseOrder()
    {
        var ids = AssignAll([.. FileOrder.Reverse()]);

        AssertSeedGrouping(ids);
    }

    [Fact]
    public void Assign_NamesEachStoryAfterItsFirstDocument_WhenSeedsAreFedInFileOrder()
    {
        var ids = AssignAll(FileOrder);

        Assert.Equal("story-" + seeds.Seed("000").Id, ids["000"]);
        Assert.Equal("story-" + seeds.Seed("001").Id, ids["001"]);
        Assert.Equal("story-" + seeds.Seed("002").Id, ids["004"]);
    }

    [Fact]
    public void Assign_NamesTheMeetingAfterTheMonthDatedReport_WhenSeedsAreFedInReverseOrder()
    {
        var ids = AssignAll([.. FileOrder.Reverse()]);

        Assert.Equal("story-" + seeds.Seed("004").Id, ids["002"]);
    }

    [Fact]
    public void Assign_GivesTheSameIds_WhenTheSameSeedsAreFedTwice()
    {
        var first = AssignAll(FileOrder);
        var second = AssignAll(FileOrder);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Stories_DescribeTheBamakoMeeting_WhenSeedsAreFedInFileOrder()
    {
        var detector = new StoryDetector();
        Feed(detector, FileOrder);

        Assert.Equal(3, detector.Stories.Count);
        var meeting = detector.Stories[2];
        Assert.Equal("story-" + seeds.Seed("002").Id, meeting.Id);
        Assert.Equal(3, meeting.Documents);
        Assert.Equal(PartialDate.OfDay(2024, 11, 6), meeting.First);
        Assert.Equal(PartialDate.OfDay(2024, 11, 6), meeting.Last);
        Assert.Equal(seeds.Seed("002").Title, meeting.Title);
        Assert.Equal([seeds.Seed("002").Id, seeds.Seed("003").Id, seeds.Seed("004").Id], meeting.DocumentIds);
    }

    [Fact]
    public void Stories_DateTheMeetingByItsDayDatedReports_WhenTheMonthDatedReportStartsIt()
    {
        var detector = new StoryDetector();
        Feed(detector, [.. FileOrder.Reverse()]);

        var meeting = detector.Stories[0];
        Assert.Equal(3, meeting.Documents);
        Assert.Equal(PartialDate.OfDay(2024, 11, 6), meeting.First);
        Assert.Equal(PartialDate.OfDay(2024, 11, 6), meeting.Last);
        Assert.Equal(seeds.Seed("004").Title, meeting.Title);
    }

    [Fact]
    public void Stories_DateSingleReportStoriesByTheirDocument_WhenSeedsAreFedInFileOrder()
    {
        var detector = new StoryDetector();
        Feed(detector, FileOrder);

        var visit = detector.Stories[0];
        Assert.Equal(1, visit.Documents);
        Assert.Equal(PartialDate.OfDay(2023, 8, 29), visit.First);
        Assert.Equal(PartialDate.OfDay(2023, 8, 29), visit.Last);
        Assert.Equal([seeds.Seed("000").Id], visit.DocumentIds);
    }

    private static void AssertSeedGrouping(Dictionary<string, string> ids)
    {
        Assert.Equal(ids["002"], ids["003"]);
        Assert.Equal(ids["002"], ids["004"]);
        Assert.NotEqual(ids["000"], ids["001"]);
        Assert.NotEqual(ids["000"], ids["002"]);
        Assert.NotEqual(ids["001"], ids["002"]);
    }

    private Dictionary<string, string> AssignAll(string[] order) => Feed(new StoryDetector(), order);

    // A fresh extractor per run, extracting in the run's order, as the runner would.
    private Dictionary<string, string> Feed(StoryDetector detector, string[] order)
    {
        var extractor = new ActorExtractor();
        return order.ToDictionary(prefix => prefix, prefix => detector.Assign(extractor.Extract(seeds.Seed(prefix))));
    }
}
