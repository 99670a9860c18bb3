using Analysis.Core.Actors.Matching;

namespace Analysis.Core.Actors.Pipeline;

/// <summary>
/// Names set off by commas next to an office, the press's commonest way of introducing someone:
/// "le ministre de l'administration territoriale, Emile Zerbo, a dit" and "Ismael Sacko, president of
/// the party". The name must be closed (comma, full stop, bracket or end of line) so that a clause
/// after the comma is not taken for a name.
/// </summary>
internal static class AppositionNames
{
    // How far an office's complement may run before its comma: "le ministre des Transports et des Infrastructures,".
    private const int MaxComplementWords = 10;

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(".;:!?«»\"()");

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "le", "la", "l", "the", "a", "an" };

    /// <summary>"TITLE complement, Name Name," : the names that follow an office and a comma.</summary>
    public static IEnumerable<(int First, int Last)> AfterTitles(ActorDocument document, NameWords names, Func<int, bool> usable)
    {
        var tokens = document.Tokens;
        foreach (var title in document.Titles.Where(t => !t.Entry.IsPlural && t.Entry.Kind != Titles.TitleKind.Honorific))
        {
            for (var i = title.Last; i < tokens.Count - 1 && i - title.Last <= MaxComplementWords; i++)
            {
                var gap = tokens.GapAfter(i);
                if (gap.Contains('\n') || gap.ContainsAny(ClauseBreaks))
                {
                    break;
                }

                if (gap.Trim() is ",")
                {
                    var last = names.RunFrom(tokens, i + 1, usable);
                    if (last > i + 1 && IsClosed(tokens, last))
                    {
                        yield return (i + 1, last);
                    }

                    break;
                }
            }
        }
    }

    /// <summary>"Name Name, (the) TITLE": the names that a comma and an office follow.</summary>
    public static IEnumerable<(int First, int Last)> BeforeTitles(ActorDocument document, NameWords names, Func<int, bool> usable)
    {
        var tokens = document.Tokens;
        var titleStarts = document.Titles.Where(t => !t.Entry.IsPlural && t.Entry.Kind != Titles.TitleKind.Honorific).Select(t => t.First).ToHashSet();
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = names.RunFrom(tokens, i, usable);
            if (last > i && tokens.GapAfter(last).Trim() is ",")
            {
                var next = last + 1;
                if (next < tokens.Count && Articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens.Folded(next)))
                {
                    next++;
                }

                if (titleStarts.Contains(next))
                {
                    yield return (i, last);
                }
            }

            i = Math.Max(i, last);
        }
    }

    private static bool IsClosed(TokenList tokens, int last)
    {
        if (last + 1 >= tokens.Count)
        {
            return true;
        }

        var gap = tokens.GapAfter(last);
        return gap.Contains('\n') || gap.TrimStart().IsEmpty || gap.TrimStart()[0] is ',' or '.' or ')' or '(' or ';' or ':';
    }
}
