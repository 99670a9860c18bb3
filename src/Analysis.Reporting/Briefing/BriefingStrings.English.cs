using System.Globalization;

namespace Analysis.Reporting.Briefing;

/// <summary>The English strings.</summary>
public sealed partial record BriefingStrings
{
    /// <summary>English, the default.</summary>
    public static BriefingStrings English { get; } = new()
    {
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        Code = "en",
        DefaultTitle = "Who appears with whom: {0}",
        Subtitle = "Actor co-occurrence briefing from press coverage",
        PeriodCovered = "Period covered",
        Articles = "Articles",
        Outlets = "Outlets",
        Stories = "Stories",
        Generated = "Generated",
        Counting = "Ties counted within the same {1}, period by period ({0}), weighted by stories.",
        NoDates = "no dated article",
        Contents = "Contents",
        Findings = "Key findings",
        Actors = "Actors",
        Cooccurrence = "Co-occurrence over time",
        Focus = "Focus: {0}",
        Method = "Method and limits",
        Annexes = "Annexes",
        Sources = "Sources",
        Ingest = "Ingest report",
        Discovered = "Discovered actors to review",
        Changes = "What changed between periods",
        StrongestTies = "The strongest ties and their evidence",
        FindCentral = "{0} is the most central actor: named with {1} other actors, in {2} articles. Next come {3}.",
        FindStrongest = "The strongest tie links {0} and {1}: named together in {2} articles ({3} stories). Next come {4}.",
        FindAppeared = "From {0} to {1}, {2} ties appeared, among them {3}.",
        FindVanished = "From {0} to {1}, {2} ties were no longer reported, among them {3}.",
        FindEmerged = "Named for the first time in {0}: {1}.",
        FindTitle = "{0} is called {1} from {2} (before: {3}).",
        FindCoverage = "The corpus holds {0} articles, grouped into {2} stories; outlets named: {1}.",
        FindGaps = "Missing from the timelines: articles without a date, {0}; inputs that could not be loaded, {1} (see the ingest report).",
        FindMostReported = "The most reported actors are {0}.",
        NoFindings = "The corpus is too small for findings about ties: no two actors are named in the same article.",
        And = "and",
        ActorsIntro = "The actors named in the most articles, with how often and when. Titles are those the articles give them, dated by the first article that uses each.",
        CooccurrenceIntro = "Two actors co-occur when they are named in the same {0}. Ties are counted {1} by {1} and weighted by stories, so that one event reported by ten outlets counts once.",
        FocusIntro = "{0}: the actors named in the same articles, and how often, period by period.",
        ActorColumns = ["Actor", "Type", "Country", "Articles", "Mentions", "First seen", "Last seen", "Titles over time"],
        TieColumns = ["Tie", "Articles", "Stories", "NPMI", "G²", "Evidence"],
        ChangeColumns = ["From", "To", "New ties", "Stronger", "Weaker", "Lost ties", "New actors", "Gone actors", "New titles"],
        SourceColumns = ["#", "Title", "Outlet", "Date", "File"],
        IngestColumns = ["Status", "Inputs", "File", "Reason"],
        DiscoveredColumns = ["Name", "Type", "Articles", "Mentions", "First seen"],
        HeatmapCaption = "Who is named with whom: {0}. Cells count the articles naming both actors.",
        NetworkCaption = "The network of ties: {0}. Node size follows strength, colour the community.",
        TieTimelineCaption = "When the strongest ties were reported, period by period.",
        ActorTimelineCaption = "Articles naming the most reported actors, period by period.",
        TopActorsCaption = "The most reported actors, by articles.",
        EgoCaption = "{0} and the actors named with them.",
        FocusTimelineCaption = "Articles naming {0} and the actors most often named with them, period by period.",
        FigureSource = "Source: {0} articles; ties within the same {1}, weighted by {2}.",
        HeatmapsOmitted = "Heatmaps of the {0} most recent periods are shown; the charts/ folder holds all {1}.",
        TableCut = "The {0} first of {1} rows are shown; {2} holds them all.",
        MethodParagraphs =
        [
            "Articles are read from the corpus folder, decoded, cleaned of web page furniture (menus, share buttons, related links), and dated from their metadata or their text; each date keeps its precision (day, month or year). Exact and near duplicates are set aside.",
            "Actors are found with a dictionary of {4} persons, organizations and countries of the Sahel (names, aliases, acronyms, demonyms, titles), and by discovery: a capitalised name introduced by a title or a role (\"le ministre X\") becomes a discovered actor ({5} here), listed in the annex for review.",
            "Two actors co-occur when they are named in the same {0}; the counts are also kept per sentence and per paragraph in data/cooccurrence.csv. Ties are counted per {1} and for the whole corpus. Articles about the same event within a few days are grouped into {3} stories, and ties are weighted by stories so that wide coverage of one event does not look like many events. A tie needs at least {2} article(s) in a period to be kept.",
            "Measures: articles and stories count how often two actors are named together; NPMI (from −1 to 1) says how much more often than chance, G² how surely. Centrality is the betweenness in the network of the period; communities are found with the Louvain method.",
        ],
        Limits =
        [
            "Articles without a date: {0}. They count for the whole corpus but in no period.",
            "Inputs that could not be loaded: {1}; duplicates set aside: {2} (see the ingest report).",
            "Articles dated outside the requested range: {3}; dated too coarsely for the period unit: {4}. Both are left out of the periods.",
            "Co-occurrence is not a relation: two actors named in the same article may be allies, adversaries or merely listed. Read the evidence.",
            "The press covers what it chooses: a tie that is not reported is not absent. Outlets, languages and periods are unevenly covered.",
        ],
        Footer = "page {0} of {1}",
        Whole = "whole corpus",
        Terms = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["person"] = "person", ["organization"] = "organization", ["country"] = "country", ["place"] = "place",
            ["sentence"] = "sentence", ["paragraph"] = "paragraph", ["document"] = "article",
            ["day"] = "day", ["week"] = "week", ["month"] = "month", ["quarter"] = "quarter", ["year"] = "year", ["all"] = "whole corpus",
            ["stories"] = "stories", ["documents"] = "articles", ["windows"] = "windows",
            ["loaded"] = "loaded", ["duplicate"] = "duplicate", ["skipped"] = "skipped",
            ["rank"] = "rank", ["office"] = "office",
        },
    };
}
