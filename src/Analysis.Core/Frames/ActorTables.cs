using Analysis.Core.Actors;
using Microsoft.Data.Analysis;

namespace Analysis.Core.Frames;

/// <summary>
/// The tables of the data contract that describe actors: <c>mentions.csv</c> and <c>actors.csv</c>, and the
/// notebook views built on them (title timeline, keyword in context).
/// </summary>
public static class ActorTables
{
    /// <summary><c>mentions.csv</c>: one row per actor mention in article text. The contract's columns come
    /// first; <c>origin</c>, <c>title</c> and <c>paragraph</c> (the paragraph window, -1 for none) follow them.</summary>
    public static Table<Mention> Mentions { get; } = new(
        "mentions",
        TableColumn.Key<Mention>("doc_id", m => m.DocumentId),
        TableColumn.Key<Mention>("actor_id", m => m.Actor.Id),
        TableColumn.Text<Mention>("actor", m => m.Actor.Name),
        TableColumn.Text<Mention>("type", m => TypeName(m.Actor.Type)),
        TableColumn.Text<Mention>("surface", m => m.Surface),
        TableColumn.Count<Mention>("start", m => m.Span.Start),
        TableColumn.Count<Mention>("end", m => m.Span.End),
        TableColumn.Count<Mention>("sentence", m => m.Sentence),
        TableColumn.Text<Mention>("origin", m => EnumText.Lower(m.Origin)),
        TableColumn.Text<Mention>("title", m => m.Title),
        TableColumn.Count<Mention>("paragraph", m => m.Paragraph));

    /// <summary><c>actors.csv</c>: one row per actor found in the corpus, most widely reported first.</summary>
    public static Table<ActorSummary> Actors { get; } = new(
        "actors",
        TableColumn.Key<ActorSummary>("actor_id", a => a.Actor.Id),
        TableColumn.Text<ActorSummary>("actor", a => a.Actor.Name),
        TableColumn.Text<ActorSummary>("type", a => TypeName(a.Actor.Type)),
        TableColumn.Text<ActorSummary>("country", a => a.CountryName),
        TableColumn.Text<ActorSummary>("origin", a => EnumText.Lower(a.Actor.Origin)),
        TableColumn.Count<ActorSummary>("documents", a => a.Documents),
        TableColumn.Count<ActorSummary>("mentions", a => a.Mentions),
        TableColumn.Text<ActorSummary>("first_date", a => a.FirstDate.ToString()),
        TableColumn.Text<ActorSummary>("last_date", a => a.LastDate.ToString()),
        TableColumn.Text<ActorSummary>("aliases", a => string.Join('|', a.Aliases)));

    /// <summary>Titles by actor and date: the timeline on which promotions and new offices show.</summary>
    public static Table<ActorTitle> Titles { get; } = new(
        "titles",
        TableColumn.Key<ActorTitle>("actor_id", t => t.Actor.Id),
        TableColumn.Text<ActorTitle>("actor", t => t.Actor.Name),
        TableColumn.Text<ActorTitle>("date", t => t.Date.ToString()),
        TableColumn.Text<ActorTitle>("title", t => t.Title),
        TableColumn.Count<ActorTitle>("documents", t => t.Documents));

    /// <summary>Keyword in context: one row per mention of one actor.</summary>
    public static Table<KwicLine> Kwic { get; } = new(
        "kwic",
        TableColumn.Key<KwicLine>("doc_id", k => k.Mention.DocumentId),
        TableColumn.Text<KwicLine>("date", k => k.Date.ToString()),
        TableColumn.Text<KwicLine>("left", k => k.Left),
        TableColumn.Text<KwicLine>("keyword", k => k.Keyword),
        TableColumn.Text<KwicLine>("right", k => k.Right),
        TableColumn.Text<KwicLine>("origin", k => EnumText.Lower(k.Mention.Origin)),
        TableColumn.Text<KwicLine>("title", k => k.Mention.Title));

    /// <summary>The mentions as a DataFrame with the columns of <c>mentions.csv</c>.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<Mention> mentions) => Mentions.ToDataFrame(mentions);

    /// <summary>The actors as a DataFrame with the columns of <c>actors.csv</c>.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<ActorSummary> actors) => Actors.ToDataFrame(actors);

    /// <summary>The title timeline as a DataFrame.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<ActorTitle> titles) => Titles.ToDataFrame(titles);

    /// <summary>A keyword-in-context view as a DataFrame.</summary>
    public static DataFrame ToDataFrame(this IEnumerable<KwicLine> lines) => Kwic.ToDataFrame(lines);

    /// <summary>The contract's spelling of a type: <c>person</c>, <c>organization</c>, <c>country</c>, <c>place</c>.</summary>
    public static string TypeName(ActorType type) => EnumText.Lower(type);
}
