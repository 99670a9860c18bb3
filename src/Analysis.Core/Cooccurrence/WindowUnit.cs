using Analysis.Core.Actors;
using Analysis.Core.Text;

namespace Analysis.Core.Cooccurrence;

/// <summary>One window of a document (a sentence, a paragraph or the whole article) and the mentions in it.</summary>
/// <param name="Window">The kind of window.</param>
/// <param name="Span">Where it lies in the document's text (for a document, from the first to the last article segment).</param>
/// <param name="Mentions">Its mentions that take part, each with the actor it counts as (after filters and roll-up), in text order.</param>
internal sealed record WindowUnit(CooccurrenceWindow Window, TextSpan Span, IReadOnlyList<CountedMention> Mentions)
{
    /// <summary>The distinct actors, sorted by id.</summary>
    public IReadOnlyList<Actor> Actors { get; } = [.. Mentions.Select(m => m.Actor).DistinctBy(a => a.Id).OrderBy(a => a.Id, StringComparer.Ordinal)];

    private readonly Dictionary<string, List<Mention>> _mentionsByActor = Mentions
        .GroupBy(m => m.Actor.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(m => m.Mention).ToList(), StringComparer.Ordinal);

    /// <summary>
    /// The pairs of actors the window ties. Two mentions that overlap are one phrase, not two actors named
    /// together: "le chef d'état-major général des Armées maliennes" names Oumar Diarra, and Mali only as
    /// part of his office, so it does not tie him to Mali by itself.
    /// </summary>
    public IEnumerable<(Actor A, Actor B)> Pairs()
    {
        for (var i = 0; i < Actors.Count; i++)
        {
            for (var j = i + 1; j < Actors.Count; j++)
            {
                if (Nearest(Actors[i].Id, Actors[j].Id) is not null)
                {
                    yield return (Actors[i], Actors[j]);
                }
            }
        }
    }

    /// <summary>The mentions of the two actors nearest each other without overlapping, in text order; null when every pair overlaps.</summary>
    public (Mention First, Mention Second)? Nearest(string a, string b)
    {
        if (!_mentionsByActor.TryGetValue(a, out var xs) || !_mentionsByActor.TryGetValue(b, out var ys))
        {
            return null;
        }

        // Both lists are in text order, so each mention of a needs only the mentions of b just before and
        // just after it: linear, where comparing every pair made a long page with thousands of mentions
        // cost minutes.
        (Mention, Mention)? best = null;
        var bestDistance = int.MaxValue;
        var after = 0;
        foreach (var x in xs)
        {
            while (after < ys.Count && ys[after].Span.Start < x.Span.Start)
            {
                after++;
            }

            for (var k = after - 1; k >= 0; k--)
            {
                if (!ys[k].Span.Overlaps(x.Span))
                {
                    Consider(x, ys[k]);
                    break;
                }
            }

            for (var k = after; k < ys.Count; k++)
            {
                if (!ys[k].Span.Overlaps(x.Span))
                {
                    Consider(x, ys[k]);
                    break;
                }
            }
        }

        return best;

        void Consider(Mention x, Mention y)
        {
            var distance = Math.Abs(x.Span.Start - y.Span.Start);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = x.Span.Start <= y.Span.Start ? (x, y) : (y, x);
            }
        }
    }
}

/// <summary>A mention and the actor it counts as.</summary>
/// <param name="Actor">The actor after the options' roll-up.</param>
/// <param name="Mention">The mention in the text.</param>
internal readonly record struct CountedMention(Actor Actor, Mention Mention);
