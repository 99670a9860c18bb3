using System.Globalization;
using Analysis.Core.Charts;

namespace Analysis.Reporting.Briefing;

/// <summary>
/// Every fixed word of the briefing, in one language. Sentences with figures are composite formats whose
/// placeholders the sections fill (names in bold); quotes from articles are never translated.
/// </summary>
public sealed partial record BriefingStrings
{
    /// <summary>The strings of <paramref name="language"/>.</summary>
    public static BriefingStrings For(BriefingLanguage language) => language == BriefingLanguage.French ? French : English;

    /// <summary>The culture dates and numbers are written in.</summary>
    public required CultureInfo Culture { get; init; }

    /// <summary>The words of the charts in the briefing and beside it.</summary>
    public required ChartWording Charts { get; init; }

    /// <summary>The language's code, in the PDF's metadata.</summary>
    public required string Code { get; init; }

    /// <summary>The default title; {0} is the corpus folder's name.</summary>
    public required string DefaultTitle { get; init; }

    /// <summary>Cover texts.</summary>
    public required string Subtitle { get; init; }

    /// <summary>Cover: the labels of the corpus's figures.</summary>
    public required string PeriodCovered { get; init; }

    /// <summary>Cover label.</summary>
    public required string Articles { get; init; }

    /// <summary>Cover label.</summary>
    public required string Outlets { get; init; }

    /// <summary>Cover label.</summary>
    public required string Stories { get; init; }

    /// <summary>Cover label.</summary>
    public required string Generated { get; init; }

    /// <summary>Cover: what was counted; {0} the period unit, {1} the window.</summary>
    public required string Counting { get; init; }

    /// <summary>Shown when no article is dated.</summary>
    public required string NoDates { get; init; }

    /// <summary>Headings.</summary>
    public required string Contents { get; init; }

    /// <summary>Heading.</summary>
    public required string Findings { get; init; }

    /// <summary>Heading.</summary>
    public required string Actors { get; init; }

    /// <summary>Heading.</summary>
    public required string Cooccurrence { get; init; }

    /// <summary>Heading; {0} the actor.</summary>
    public required string Focus { get; init; }

    /// <summary>Heading.</summary>
    public required string Method { get; init; }

    /// <summary>Heading.</summary>
    public required string Annexes { get; init; }

    /// <summary>Heading.</summary>
    public required string Sources { get; init; }

    /// <summary>Heading.</summary>
    public required string Ingest { get; init; }

    /// <summary>Heading.</summary>
    public required string Discovered { get; init; }

    /// <summary>Heading.</summary>
    public required string Changes { get; init; }

    /// <summary>Heading.</summary>
    public required string StrongestTies { get; init; }

    /// <summary>Finding: {0} actor, {1} number of others, {2} articles, {3} the next central actors.</summary>
    public required string FindCentral { get; init; }

    /// <summary>Finding: {0} and {1} actors, {2} articles, {3} stories, {4} the next ties.</summary>
    public required string FindStrongest { get; init; }

    /// <summary>Finding: {0} ties equally strong, {1} articles, {2} stories, {3} examples.</summary>
    public required string FindTiedTies { get; init; }

    /// <summary>Finding: {0} from, {1} to, {2} count, {3} examples.</summary>
    public required string FindAppeared { get; init; }

    /// <summary>Finding: {0} from, {1} to, {2} count, {3} examples.</summary>
    public required string FindVanished { get; init; }

    /// <summary>Finding: {0} period, {1} actors.</summary>
    public required string FindEmerged { get; init; }

    /// <summary>Finding: {0} actor, {1} new title, {2} period, {3} old title.</summary>
    public required string FindTitle { get; init; }

    /// <summary>Finding: {0} articles, {1} outlets, {2} stories, {3} articles without an outlet.</summary>
    public required string FindCoverage { get; init; }

    /// <summary>Finding: {0} undated articles, {1} inputs not loaded.</summary>
    public required string FindGaps { get; init; }

    /// <summary>Finding: {0} actors.</summary>
    public required string FindMostReported { get; init; }

    /// <summary>Said when the corpus has too little for a finding of a kind.</summary>
    public required string NoFindings { get; init; }

    /// <summary>The words "and" and "others" in lists.</summary>
    public required string And { get; init; }

    /// <summary>Said instead of the actors' table and chart when there are no actors.</summary>
    public required string NoActors { get; init; }

    /// <summary>Said instead of the co-occurrence charts when there are no ties; {0} the window.</summary>
    public required string NoTies { get; init; }

    /// <summary>Introductions of the sections.</summary>
    public required string ActorsIntro { get; init; }

    /// <summary>Introduction; {0} window, {1} unit.</summary>
    public required string CooccurrenceIntro { get; init; }

    /// <summary>Introduction; {0} actor.</summary>
    public required string FocusIntro { get; init; }

    /// <summary>Table headers of the actors table.</summary>
    public required IReadOnlyList<string> ActorColumns { get; init; }

    /// <summary>Table headers of the strongest ties table.</summary>
    public required IReadOnlyList<string> TieColumns { get; init; }

    /// <summary>Table headers of the changes table.</summary>
    public required IReadOnlyList<string> ChangeColumns { get; init; }

    /// <summary>Table headers of the sources table.</summary>
    public required IReadOnlyList<string> SourceColumns { get; init; }

    /// <summary>Table headers of the ingest tables.</summary>
    public required IReadOnlyList<string> IngestColumns { get; init; }

    /// <summary>Table headers of the discovered actors table.</summary>
    public required IReadOnlyList<string> DiscoveredColumns { get; init; }

    /// <summary>Figure captions; {0} a period.</summary>
    public required string HeatmapCaption { get; init; }

    /// <summary>Caption; {0} a period.</summary>
    public required string NetworkCaption { get; init; }

    /// <summary>Caption.</summary>
    public required string TieTimelineCaption { get; init; }

    /// <summary>Caption.</summary>
    public required string ActorTimelineCaption { get; init; }

    /// <summary>Caption.</summary>
    public required string TopActorsCaption { get; init; }

    /// <summary>Caption; {0} actor.</summary>
    public required string EgoCaption { get; init; }

    /// <summary>Caption; {0} actor.</summary>
    public required string FocusTimelineCaption { get; init; }

    /// <summary>A figure's source line; {0} articles, {1} window, {2} weight.</summary>
    public required string FigureSource { get; init; }

    /// <summary>Said when heatmaps of some periods are left out; {0} shown, {1} all.</summary>
    public required string HeatmapsOmitted { get; init; }

    /// <summary>Said when a table is cut; {0} shown, {1} all, {2} file.</summary>
    public required string TableCut { get; init; }

    /// <summary>Said when the table of changes shows only the latest comparisons; {0} shown, {1} all, {2} file.</summary>
    public required string ChangesCut { get; init; }

    /// <summary>The method's paragraphs, each a composite format; see <see cref="MethodSection"/> for the arguments.</summary>
    public required IReadOnlyList<string> MethodParagraphs { get; init; }

    /// <summary>A count of articles that takes the singular; {0} the count ("1 article").</summary>
    public required string ArticleSingular { get; init; }

    /// <summary>A count of articles that takes the plural; {0} the count ("2 articles").</summary>
    public required string ArticlePlural { get; init; }

    /// <summary>Whether a count of zero takes the singular, as in French ("0 article") and not in English ("0 articles").</summary>
    public required bool ZeroTakesSingular { get; init; }

    /// <summary>The limits' bullets; see <see cref="MethodSection"/> for the arguments.</summary>
    public required IReadOnlyList<string> Limits { get; init; }

    /// <summary>The footer; {0} page, {1} pages.</summary>
    public required string Footer { get; init; }

    /// <summary>The names of actor types, windows, units and change kinds.</summary>
    public required IReadOnlyDictionary<string, string> Terms { get; init; }

    /// <summary>Ingest statuses and other words the tables show.</summary>
    public required string Whole { get; init; }

    /// <summary>The term for <paramref name="key"/> (an enum name in lower case), or the key itself.</summary>
    public string Term(string key) => Terms.TryGetValue(key, out var term) ? term : key;

    /// <summary>The term for an enum value (an actor type, a window, a period unit, an ingest status).</summary>
    public string Term(Enum value) => Term(value?.ToString().ToLowerInvariant() ?? string.Empty);

    /// <summary>"the same sentence", "la même phrase": where two actors must be named to be tied.</summary>
    public string Same(Analysis.Core.Cooccurrence.CooccurrenceWindow window) => Term("same-" + window.ToString().ToLowerInvariant());

    /// <summary>"1 article", "3 articles": <paramref name="count"/> with the noun in the number the language gives it.</summary>
    public string ArticleCount(long count) =>
        Format(count == 1 || (count == 0 && ZeroTakesSingular) ? ArticleSingular : ArticlePlural, count);

    /// <summary>Formats with this language's culture, whole numbers with their thousands grouped (<see cref="Figure"/>).</summary>
    public string Format(string format, params object?[] args) => string.Format(Culture, format, [.. args.Select(Figure)]);

    /// <summary>
    /// A value as the text shows it: a whole number with its thousands grouped as the language groups them
    /// ("100,000", "100 000"), since at the scale of a real archive "93084 stories" has to be counted by eye;
    /// anything else as the culture writes it.
    /// </summary>
    public string Figure(object? value) => value switch
    {
        int or long or short or uint or ulong or ushort => ((IFormattable)value).ToString("N0", Culture),
        _ => Convert.ToString(value, Culture) ?? string.Empty,
    };
}
