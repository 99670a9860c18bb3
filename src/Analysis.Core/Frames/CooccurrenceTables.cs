using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Changes;
using Analysis.Core.Stories;
using Microsoft.Data.Analysis;

namespace Analysis.Core.Frames;

/// <summary>
/// The tables of co-occurrence: ties with their measures, networks, changes between periods, the evidence
/// behind the ties and the stories. Each serves both a notebook's DataFrame and the runner's CSV file.
/// </summary>
public static class CooccurrenceTables
{
    /// <summary><c>cooccurrence.csv</c>: the contract's columns (period, actor_a, actor_b, window, documents,
    /// stories, weight), then the ids, the period unit, the counts behind the measures and the measures.</summary>
    public static Table<CooccurrenceRow> Cooccurrence { get; } = new(
        "cooccurrence",
        TableColumn.Key<CooccurrenceRow>("period", r => r.Period.Label),
        TableColumn.Text<CooccurrenceRow>("actor_a", r => r.A.Name),
        TableColumn.Text<CooccurrenceRow>("actor_b", r => r.B.Name),
        TableColumn.Key<CooccurrenceRow>("window", r => Name(r.Window)),
        TableColumn.Count<CooccurrenceRow>("documents", r => r.Documents),
        TableColumn.Count<CooccurrenceRow>("stories", r => r.Stories),
        TableColumn.Count<CooccurrenceRow>("weight", r => r.Weight),
        TableColumn.Key<CooccurrenceRow>("actor_a_id", r => r.A.Id),
        TableColumn.Key<CooccurrenceRow>("actor_b_id", r => r.B.Id),
        TableColumn.Key<CooccurrenceRow>("unit", r => Name(r.Period.Unit)),
        TableColumn.Count<CooccurrenceRow>("windows_a", r => r.WindowsA),
        TableColumn.Count<CooccurrenceRow>("windows_b", r => r.WindowsB),
        TableColumn.Count<CooccurrenceRow>("windows", r => r.Windows),
        TableColumn.Number<CooccurrenceRow>("jaccard", r => r.Jaccard),
        TableColumn.Number<CooccurrenceRow>("pmi", r => r.Pmi),
        TableColumn.Number<CooccurrenceRow>("npmi", r => r.Npmi),
        TableColumn.Number<CooccurrenceRow>("g2", r => r.LogLikelihood));

    /// <summary><c>network.csv</c>: one row per period and actor with its degree, strength, betweenness and community.</summary>
    public static Table<NetworkRow> Network { get; } = new(
        "network",
        TableColumn.Key<NetworkRow>("period", r => r.Period.Label),
        TableColumn.Key<NetworkRow>("actor_id", r => r.Actor.Id),
        TableColumn.Text<NetworkRow>("actor", r => r.Actor.Name),
        TableColumn.Text<NetworkRow>("type", r => ActorTables.TypeName(r.Actor.Type)),
        TableColumn.Count<NetworkRow>("degree", r => r.Degree),
        TableColumn.Number<NetworkRow>("strength", r => r.Strength),
        TableColumn.Number<NetworkRow>("betweenness", r => r.Betweenness),
        TableColumn.Count<NetworkRow>("community", r => r.Community));

    /// <summary><c>changes.csv</c>: what changed from one period to the next.</summary>
    public static Table<PeriodChange> Changes { get; } = new(
        "changes",
        TableColumn.Key<PeriodChange>("from_period", c => c.From.Label),
        TableColumn.Key<PeriodChange>("to_period", c => c.To.Label),
        TableColumn.Key<PeriodChange>("change", c => Name(c.Kind)),
        TableColumn.Text<PeriodChange>("actor_a", c => c.Actor.Name),
        TableColumn.Text<PeriodChange>("actor_b", c => c.Other?.Name),
        TableColumn.Number<PeriodChange>("before", c => c.Before),
        TableColumn.Number<PeriodChange>("after", c => c.After),
        TableColumn.Text<PeriodChange>("detail", c => c.Detail),
        TableColumn.Key<PeriodChange>("actor_a_id", c => c.Actor.Id),
        TableColumn.Key<PeriodChange>("actor_b_id", c => c.Other?.Id));

    /// <summary><c>evidence.csv</c>: the passages behind the ties, to quote.</summary>
    public static Table<TieEvidence> Evidence { get; } = new(
        "evidence",
        TableColumn.Text<TieEvidence>("actor_a", e => e.A.Name),
        TableColumn.Text<TieEvidence>("actor_b", e => e.B.Name),
        TableColumn.Key<TieEvidence>("window", e => Name(e.Window)),
        TableColumn.Key<TieEvidence>("doc_id", e => e.DocumentId),
        TableColumn.Text<TieEvidence>("date", e => e.Date.ToString()),
        TableColumn.Key<TieEvidence>("story_id", e => e.StoryId),
        TableColumn.Count<TieEvidence>("start", e => e.Span.Start),
        TableColumn.Count<TieEvidence>("end", e => e.Span.End),
        TableColumn.Text<TieEvidence>("text", e => e.Text),
        TableColumn.Key<TieEvidence>("actor_a_id", e => e.A.Id),
        TableColumn.Key<TieEvidence>("actor_b_id", e => e.B.Id));

    /// <summary><c>stories.csv</c>: the groups of articles reporting the same event.</summary>
    public static Table<Story> Stories { get; } = new(
        "stories",
        TableColumn.Key<Story>("story_id", s => s.Id),
        TableColumn.Count<Story>("documents", s => s.Documents),
        TableColumn.Text<Story>("first_date", s => s.First.ToString()),
        TableColumn.Text<Story>("last_date", s => s.Last.ToString()),
        TableColumn.Text<Story>("title", s => s.Title),
        TableColumn.Key<Story>("doc_ids", s => string.Join('|', s.DocumentIds)));

    /// <summary>The ties as a DataFrame with the columns of <c>cooccurrence.csv</c>.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<CooccurrenceRow> rows) => Cooccurrence.ToDataFrame(rows);

    /// <summary>The network measures as a DataFrame with the columns of <c>network.csv</c>.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<NetworkRow> rows) => Network.ToDataFrame(rows);

    /// <summary>The changes as a DataFrame with the columns of <c>changes.csv</c>.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<PeriodChange> changes) => Changes.ToDataFrame(changes);

    /// <summary>The evidence as a DataFrame with the columns of <c>evidence.csv</c>.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<TieEvidence> evidence) => Evidence.ToDataFrame(evidence);

    /// <summary>The stories as a DataFrame with the columns of <c>stories.csv</c>.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<Story> stories) => Stories.ToDataFrame(stories);

    /// <summary>An enum value as the files write it: <c>TieAppeared</c> → <c>tie_appeared</c>.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumText.Snake(value);
}
