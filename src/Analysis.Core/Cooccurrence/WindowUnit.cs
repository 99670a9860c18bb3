using Analysis.Core.Actors;
using Analysis.Core.Text;

namespace Analysis.Core.Cooccurrence;

/// <summary>One window of a document (a sentence, a paragraph or the whole article) and the mentions in it.</summary>
/// <param name="Window">The kind of window.</param>
/// <param name="Span">Where it lies in the document's text (for a document, from the first to the last article segment).</param>
/// <param name="Mentions">Its mentions that take part, each with the actor it counts as (after filters and roll-up), in text order.</param>
internal sealed record WindowUnit(CooccurrenceWindow Window, TextSpan Span, IReadOnlyList<CountedMention> Mentions)
{
    // Built on the first call to Nearest: most windows (a sentence) name fewer than two actors and never need it.
    private Dictionary<string, List<Mention>>? _mentionsByActor;

    /// <summary>The distinct actors, sorted by id.</summary>
    public IReadOnlyList<Actor> Actors { get; } = DistinctActors(Mentions);

    /// <summary>
    /// The pairs of actors the window ties. Two mentions that overlap are one phrase, not two actors named
    /// together: "le chef d'état-major général des Armées maliennes" names Oumar Diarra, and Mali only as
    /// part of his office, so it does not tie him to Mali by itself.
    /// </summary>
    public IEnumerable<(Actor A, Actor B)> Pairs() => Actors.Count < 2 ? [] : AllPairs();

    /// <summary>The mentions of the two actors nearest each other without overlapping, in text order; null when every pair overlaps.</summary>
    public (Mention First, Mention Second)? Nearest(string a, string b)
    {
        _mentionsByActor ??= MentionsByActor(Mentions);
        if (!_mentionsByActor.TryGetValue(a, out var xs) || !_mentionsByActor.TryGetValue(b, out var ys))
        {
            return null;
        }

        return Nearest(xs, ys);
    }

    // The first actor of each id, in id order; without LINQ, as every window of every document has one.
    private static IReadOnlyList<Actor> DistinctActors(IReadOnlyList<CountedMention> mentions)
    {
        if (mentions.Count <= 1)
        {
            return mentions.Count == 0 ? Array.Empty<Actor>() : new[] { mentions[0].Actor };
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var actors = new List<Actor>();
        foreach (var mention in mentions)
        {
            if (seen.Add(mention.Actor.Id))
            {
                actors.Add(mention.Actor);
            }
        }

        // Ids are distinct, so the unstable sort orders them as a stable one would.
        actors.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return actors;
    }

    private static Dictionary<string, List<Mention>> MentionsByActor(IReadOnlyList<CountedMention> mentions)
    {
        var byActor = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        foreach (var (actor, mention) in mentions)
        {
            if (!byActor.TryGetValue(actor.Id, out var list))
            {
                list = [];
                byActor.Add(actor.Id, list);
            }

            list.Add(mention);
        }

        return byActor;
    }

    private IEnumerable<(Actor A, Actor B)> AllPairs()
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

    private static (Mention First, Mention Second)? Nearest(List<Mention> xs, List<Mention> ys)
    {
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
