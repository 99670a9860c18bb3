using Analysis.Core.Actors;
using Analysis.Core.Text;

namespace Analysis.Core.Cooccurrence;

/// <summary>One window of a document (a sentence, a paragraph or the whole article) and the mentions in it.</summary>
/// <param name="Window">The kind of window.</param>
/// <param name="Span">Where it lies in the document's text (for a document, from the first to the last article segment).</param>
/// <param name="Mentions">Its mentions that take part, each with the actor it counts as (after filters and roll-up), in text order.</param>
internal sealed record WindowUnit(CooccurrenceWindow Window, TextSpan Span, IReadOnlyList<CountedMention> Mentions)
{
    // Each actor's mentions, by the actor's index in Actors; built on the first call to Nearest: most
    // windows (a sentence) name fewer than two actors and never need it.
    private List<Mention>[]? _mentionsOf;

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
        var i = IndexOf(a);
        var j = IndexOf(b);
        return i < 0 || j < 0 ? null : Nearest(i, j);
    }

    private (Mention First, Mention Second)? Nearest(int i, int j)
    {
        _mentionsOf ??= MentionsOf();
        return Nearest(_mentionsOf[i], _mentionsOf[j]);
    }

    // Actors are sorted by id: a binary search finds one without a dictionary per window.
    private int IndexOf(string id)
    {
        int low = 0, high = Actors.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var order = string.CompareOrdinal(Actors[middle].Id, id);
            if (order == 0)
            {
                return middle;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    private List<Mention>[] MentionsOf()
    {
        var lists = new List<Mention>[Actors.Count];
        foreach (var (actor, mention) in Mentions)
        {
            (lists[IndexOf(actor.Id)] ??= []).Add(mention);
        }

        return lists;
    }

    // The first actor of each id, in id order; without LINQ, as every window of every document has one.
    private static IReadOnlyList<Actor> DistinctActors(IReadOnlyList<CountedMention> mentions)
    {
        if (mentions.Count <= 1)
        {
            return mentions.Count == 0 ? Array.Empty<Actor>() : new[] { mentions[0].Actor };
        }

        // A window names a handful of actors: a linear check beats a set until there are many.
        var seen = mentions.Count > 16 ? new HashSet<string>(StringComparer.Ordinal) : null;
        var actors = new List<Actor>();
        foreach (var mention in mentions)
        {
            if (seen?.Add(mention.Actor.Id) ?? !HasId(actors, mention.Actor.Id))
            {
                actors.Add(mention.Actor);
            }
        }

        // Ids are distinct, so the unstable sort orders them as a stable one would.
        actors.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return actors;
    }

    private static bool HasId(List<Actor> actors, string id)
    {
        foreach (var actor in actors)
        {
            if (actor.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<(Actor A, Actor B)> AllPairs()
    {
        for (var i = 0; i < Actors.Count; i++)
        {
            for (var j = i + 1; j < Actors.Count; j++)
            {
                if (Nearest(i, j) is not null)
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
