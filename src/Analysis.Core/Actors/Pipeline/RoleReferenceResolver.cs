using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Actors.Matching;
using Analysis.Core.Actors.Titles;

namespace Analysis.Core.Actors.Pipeline;

/// <summary>
/// Resolves role-only references ("le chef d'état-major des forces armées du Niger", "le président
/// malien") through the dictionary's dated roles: an office from the title lexicon, qualified by the
/// country or organization that follows it, on the document's date. Exactly one holder gives a mention
/// with <c>origin=role</c>; none or several, or no date, gives nothing. A role phrase in apposition to a
/// name ("…du Niger, le Général Moussa Saloua BARMOU") is that name's title, not a reference of its own.
/// </summary>
internal sealed class RoleReferenceResolver : IActorComponent
{
    private const int MaxQualifierDistance = 6;

    // Words that may separate an office from its country: "chef d'état-major général des forces armées du Niger".
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "de", "des", "du", "la", "le", "l", "d", "forces", "force", "armees", "armee", "armes", "army", "armed",
        "of", "the", "general", "generale", "nationales", "nationale", "national", "et",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "le", "la", "l", "the" };

    private readonly List<Holder> _holders;

    public RoleReferenceResolver(ActorDictionary dictionary, TitleLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(lexicon);
        _holders = [];
        foreach (var actor in dictionary.Actors)
        {
            foreach (var role in actor.Roles)
            {
                if (lexicon.ClassifyExact(role.Title) is { Function.Length: > 0 } entry)
                {
                    var organization = dictionary.Find(role.Organization);
                    _holders.Add(new Holder(actor, role, entry.Function, role.Organization, organization?.Country ?? string.Empty));
                }
            }
        }
    }

    public string Name => "role-references";

    public IReadOnlyList<string> Reads { get; } = [Annotations.Sentences, Annotations.Titles, Annotations.Mentions];

    public IReadOnlyList<string> Writes { get; } = [Annotations.Mentions];

    public void Annotate(ActorDocument document)
    {
        var date = document.Document.Date.Value;
        if (!date.IsKnown)
        {
            return;
        }

        var tokens = document.Tokens;
        // The first mention starting (ending) at each word, as a GroupBy would keep it, without the groups.
        var starts = new Dictionary<int, MentionDraft>();
        var ends = new Dictionary<int, MentionDraft>();
        foreach (var mention in document.Mentions)
        {
            starts.TryAdd(mention.First, mention);
            ends.TryAdd(mention.Last, mention);
        }

        foreach (var title in document.Titles)
        {
            if (title.Entry is not { Kind: TitleKind.Function, IsPlural: false, Function.Length: > 0 } || !document.IsArticleText(title.First)
                || document.IsCovered(title.First, title.Last) || Qualifier(document, starts, title) is not { } qualifier)
            {
                continue;
            }

            var first = Math.Min(title.First, qualifier.First);
            var last = Math.Max(title.Last, qualifier.Last);
            if (IsApposition(document, starts, ends, first, last))
            {
                continue;
            }

            var holders = _holders
                .Where(h => h.Function == title.Entry.Function && h.IsIn(qualifier.Actor.Id) && h.Role.Covers(date))
                .Select(h => h.Actor)
                .DistinctBy(a => a.Id)
                .ToList();
            if (holders.Count == 1)
            {
                var mention = document.Add(first, last, holders[0], MentionOrigin.Role);
                mention.Title = tokens.Span(title.First, title.Last).Slice(document.Document.Text);
                mention.TitleEntry = title.Entry;
            }
        }
    }

    // The country or organization named within a few connecting words after the office, or before it
    // with an English possessive ("Burkina's junta leader", "Mali’s president").
    private static MentionDraft? Qualifier(ActorDocument document, Dictionary<int, MentionDraft> starts, TitleMatch title)
    {
        var tokens = document.Tokens;
        // The office must follow on the same line: "Mali's\npresident" joins a paragraph to the next segment.
        if (title.First >= 2 && tokens.Folded(title.First - 1) is "s" && tokens.GapAfter(title.First - 2) is [var apostrophe] && TokenList.IsApostrophe(apostrophe)
            && tokens.JoinsNext(title.First - 1)
            && document.Mentions.FirstOrDefault(m => m.Last == title.First - 2 && m.Actor.Type is ActorType.Country or ActorType.Organization) is { } owner)
        {
            return owner;
        }

        for (var i = title.Last + 1; i < tokens.Count && i <= title.Last + MaxQualifierDistance && tokens.JoinsNext(i - 1); i++)
        {
            if (starts.TryGetValue(i, out var mention))
            {
                return mention.Actor.Type is ActorType.Country or ActorType.Organization ? mention : null;
            }

            if (!Filler.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens.Folded(i)))
            {
                return null;
            }
        }

        return null;
    }

    // "X, chef d'état-major…" or "chef d'état-major…, le général X": the office describes a named person.
    private static bool IsApposition(ActorDocument document, Dictionary<int, MentionDraft> starts, Dictionary<int, MentionDraft> ends, int first, int last)
    {
        var tokens = document.Tokens;
        var after = last + 1;
        if (after < tokens.Count && tokens.GapAfter(last).Trim() is "," or "")
        {
            while (after < tokens.Count && (Articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens.Folded(after)) || document.Titles.Any(t => t.First <= after && after <= t.Last)))
            {
                after++;
            }

            if (starts.TryGetValue(after, out var next) && next.Actor.Type == ActorType.Person && document.SameSentence(first, after))
            {
                return true;
            }
        }

        var before = first - 1;
        if (before >= 0 && Articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens.Folded(before)))
        {
            before--;
        }

        return before >= 0 && tokens.GapAfter(before).Trim() is "," && ends.TryGetValue(before, out var previous)
            && previous.Actor.Type == ActorType.Person && document.SameSentence(before, first);
    }

    private sealed record Holder(Actor Actor, DatedRole Role, string Function, string Organization, string OrganizationCountry)
    {
        public bool IsIn(string id) => Organization == id || OrganizationCountry == id;
    }
}
