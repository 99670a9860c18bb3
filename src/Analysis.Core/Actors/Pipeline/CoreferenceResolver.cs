using Analysis.Core.Actors.Matching;
using Analysis.Core.Actors.Resolution;
using Analysis.Core.Actors.Titles;

namespace Analysis.Core.Actors.Pipeline;

/// <summary>
/// Ties short forms to the full names mentioned in the same article: a surname alone or after a title
/// ("le général Simporé", "Shoigu"), names in reversed order ("Simporé Célestin"), a discovered
/// organization's acronym. A short form that fits two people of the article is left alone. A bare
/// surname after a title that fits no one in the article becomes a discovered person, unless a known
/// person bears that surname (then it could be them or anyone: precision first).
/// </summary>
internal sealed class CoreferenceResolver(NameWords names) : IActorComponent
{
    public string Name => "coreference";

    public IReadOnlyList<string> Reads { get; } = [Annotations.Titles, Annotations.Mentions];

    public IReadOnlyList<string> Writes { get; } = [Annotations.Mentions];

    public void Annotate(ActorDocument document)
    {
        var tokens = document.Tokens;
        var people = new ArticlePeople(document);
        var acronyms = document.Mentions
            .Where(m => m.Actor.Origin == ActorOrigin.Discovered && m.Actor.Acronyms.Count > 0)
            .GroupBy(m => m.Actor.Acronyms[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Actor, StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        // Only a title directly before the word, a space apart: "le commandant. Ensuite" is no title of "Ensuite".
        var titleBefore = document.Titles
            .Where(t => !t.Entry.IsPlural && tokens.GapAfter(t.Last) is " " or "\u00A0")
            .ToDictionary(t => t.Last + 1, t => t.Entry);

        // One delegate for the whole text: passing the method group would make a new one at every word.
        Func<int, bool> isFree = document.IsFree;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (document.IsFree(i) && acronyms.TryGetValue(tokens.Word(i), out var organization))
            {
                document.Add(i, i, organization, MentionOrigin.Coreference);
                continue;
            }

            var last = names.RunFrom(tokens, i, isFree);
            if (last < 0)
            {
                continue;
            }

            if (people.Fit(tokens, i, last) is { } person)
            {
                document.Add(i, last, person, MentionOrigin.Coreference);
            }
            else if (last == i && titleBefore.TryGetValue(i, out var title) && IsNamingTitle(title) && !document.Registry.IsKnownSurname(tokens.Folded(i).ToString()))
            {
                var actor = document.Registry.Resolve(new ActorProposal(NameWords.Display(tokens, i, i), ActorType.Person), document.Document.Id);
                document.Add(i, i, actor, MentionOrigin.Discovered);
            }

            i = last;
        }
    }

    // Ranks and offices, not "M." or "Mme": "M. Diarra" alone is too thin to make a new actor of.
    private static bool IsNamingTitle(TitleEntry title) => title.Kind != TitleKind.Honorific;
}
