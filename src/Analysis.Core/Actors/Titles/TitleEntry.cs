namespace Analysis.Core.Actors.Titles;

/// <summary>One phrase of the title lexicon.</summary>
/// <param name="Phrase">The phrase in its canonical spelling ("général de brigade").</param>
/// <param name="Kind">Rank, function or honorific.</param>
/// <param name="Function">The office the phrase names ("chief-of-general-staff"), or empty when it names
/// no single office ("ministre" alone).</param>
/// <param name="IsPlural">True for plural forms, which never designate one person.</param>
public sealed record TitleEntry(string Phrase, TitleKind Kind, string Function, bool IsPlural);
