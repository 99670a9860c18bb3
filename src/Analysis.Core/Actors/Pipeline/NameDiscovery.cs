using Analysis.Core.Actors.Matching;
using Analysis.Core.Actors.Resolution;
using Analysis.Core.Actors.Titles;

namespace Analysis.Core.Actors.Pipeline;

/// <summary>
/// Finds actors the dictionary lacks, in article text only: a title then a capitalised name ("le
/// lieutenant général Mubarak Muganga"), a name in apposition to an office ("le ministre …, Emile Zerbo,"),
/// a given name and a surname in capitals ("Assimi GOÏTA") or a known given name ("Boukaré Sawadogo"), a
/// "Long Name (ACRONYM)" definition, and a two-word name repeated in two sentences.
/// Precision guards: name words exclude title words, sentence-opening function words, months and the
/// nouns the press capitalises (<see cref="NameWords"/>); the document's author and outlet are never
/// proposed; a shouted headline gives no capitals evidence. Each name goes through the
/// <see cref="ActorRegistry"/>, which ties it to a known actor or records a new discovered one.
/// </summary>
internal sealed class NameDiscovery(NameWords names) : IActorComponent
{
    public string Name => "discovery";

    public IReadOnlyList<string> Reads { get; } = [Annotations.Sentences, Annotations.Titles, Annotations.Mentions];

    public IReadOnlyList<string> Writes { get; } = [Annotations.Mentions];

    public void Annotate(ActorDocument document)
    {
        var tokens = document.Tokens;
        var usable = document.IsFree;
        var excluded = Excluded(document);
        var people = new ArticlePeople(document);

        void Add(int first, int last, Actor actor, MentionOrigin origin = MentionOrigin.Discovered) => document.Add(first, last, actor, origin);

        void Propose(int first, int last, ActorType type, string acronym = "")
        {
            var name = NameWords.Display(tokens, first, last);
            var words = TokenList.Keys(name);
            if (excluded.Contains(string.Join(' ', words)) || IsCredit(tokens, first, last))
            {
                return;
            }

            // "Simporé Célestin" after "Célestin Simporé": a short or reordered form of someone already named.
            if (type == ActorType.Person && people.Fit(words) is { } named)
            {
                Add(first, last, named, MentionOrigin.Coreference);
                return;
            }

            var actor = document.Registry.Resolve(new ActorProposal(name, type, acronym));
            Add(first, last, actor);
            if (type == ActorType.Person)
            {
                people.Add(actor, tokens.Span(first, last).Slice(document.Document.Text));
            }
        }

        ExtendLeftward(document, Propose);

        foreach (var definition in AcronymDefinitions.FindAll(tokens, i => document.IsArticleText(i)))
        {
            var known = document.MentionStartingAt(definition.Acronym, m => m.Actor.Type == ActorType.Organization);
            if (known is not null && !document.IsCovered(definition.First, definition.Last))
            {
                Add(definition.First, definition.Last, known.Actor);
            }
            else if (known is null && !document.IsCovered(definition.First, definition.Acronym))
            {
                var name = NameWords.Display(tokens, definition.First, definition.Last);
                var actor = document.Registry.Resolve(new ActorProposal(name, ActorType.Organization, tokens.Word(definition.Acronym).ToString()));
                Add(definition.First, definition.Last, actor);
                Add(definition.Acronym, definition.Acronym, actor);
            }
        }

        int OrganizationOrCountryEndingFrom(int start) =>
            document.MentionStartingAt(start, m => m.Actor.Type is ActorType.Organization or ActorType.Country)?.Last ?? -1;
        // A head noun inside a title ("Contrôleur général de Police X") belongs to the title, not to a name.
        var inTitle = new bool[tokens.Count];
        foreach (var title in document.Titles)
        {
            Array.Fill(inTitle, true, title.First, title.Last - title.First + 1);
        }

        foreach (var (first, last) in InstitutionNames.FindAll(tokens, usable, i => !inTitle[i], OrganizationOrCountryEndingFrom).ToList())
        {
            Propose(first, last, ActorType.Organization);
        }

        foreach (var title in document.Titles.Where(t => !t.Entry.IsPlural))
        {
            var start = title.Last + 1;
            if (IsSpaceAfter(tokens, title.Last) && names.RunFrom(tokens, start, usable) is var last && last > start)
            {
                Propose(start, last, ActorType.Person);
            }
        }

        foreach (var (first, last) in AppositionNames.AfterTitles(document, names, usable).Concat(AppositionNames.BeforeTitles(document, names, usable)).ToList())
        {
            if (!document.IsCovered(first, last))
            {
                Propose(first, last, ActorType.Person);
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var last = names.RunFrom(tokens, i, usable);
            if (last > i && !IsShouted(tokens, i, last))
            {
                // "Hier Moussa Tchangari", "Niger Frees Activist Moussa Tchangari": a capitalised word the
                // lists do not know may open the run; the name starts at the given name.
                var start = i;
                while (start < last && !names.IsGivenName(tokens, start))
                {
                    start++;
                }

                start = start < last ? start : -1;
                // "Barmou Moussa Salaou": the opening word is the surname of someone the article named, written first.
                if (HasCapitalsEvidence(tokens, i, last) || people.Fit(tokens, i, last) is not null)
                {
                    Propose(i, last, ActorType.Person);
                }
                else if (start >= 0)
                {
                    Propose(start, last, ActorType.Person);
                }
            }

            i = Math.Max(i, last);
        }

        foreach (var (first, last) in RepeatedNames(document, usable))
        {
            Propose(first, last, ActorType.Person);
        }
    }

    // "Moussa Saloua BARMOU" where the dictionary knows the surname "Barmou": the given names belong to the
    // same mention when they fit the known person's name (a spelling variant included); when they do not,
    // the surname alias was matched inside someone else's name ("Mamadou Barmou"), who is proposed instead.
    private void ExtendLeftward(ActorDocument document, Action<int, int, ActorType, string> propose)
    {
        var tokens = document.Tokens;
        foreach (var mention in document.Mentions.Where(m => m.Actor.Type == ActorType.Person && m.First > 0).ToList())
        {
            var first = mention.First;
            while (first > 0 && tokens.JoinsNext(first - 1) && document.IsFree(first - 1) && names.IsNameWord(tokens, first - 1))
            {
                first--;
            }

            if (first == mention.First || !document.IsArticleText(mention.First))
            {
                continue;
            }

            document.Remove(mention);
            var words = TokenList.Keys(NameWords.Display(tokens, first, mention.Last));
            var known = TokenList.Keys(mention.Actor.Name);
            if (NameVariants.AreVariants(words, known) || words.All(known.Contains))
            {
                document.Add(first, mention.Last, mention.Actor, mention.Origin);
            }
            else
            {
                propose(first, mention.Last, ActorType.Person, string.Empty);
            }
        }
    }

    // Two or more name words seen in at least two sentences: a name the press keeps using.
    private List<(int First, int Last)> RepeatedNames(ActorDocument document, Func<int, bool> usable)
    {
        var tokens = document.Tokens;
        var runs = new List<(int First, int Last, string Key, int Sentence)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = names.RunFrom(tokens, i, usable);
            if (last > i)
            {
                var key = string.Join(' ', Enumerable.Range(i, last - i + 1).Select(k => tokens.Folded(k).ToString()));
                runs.Add((i, last, key, document.SentenceAt(tokens.Start(i))));
            }

            i = Math.Max(i, last);
        }

        return [.. runs.GroupBy(r => r.Key)
            .Where(g => g.Select(r => r.Sentence).Distinct().Count() >= 2)
            .SelectMany(g => g.Select(r => (r.First, r.Last)))];
    }

    // "Assimi GOÏTA": some words in capitals and some not, the press's way of writing a person's name.
    // Capitals of two letters are acronyms and suffixes ("Omega FM", "Africable TV"), not surnames.
    private static bool HasCapitalsEvidence(TokenList tokens, int first, int last)
    {
        var capitals = 0;
        for (var i = first; i <= last; i++)
        {
            var word = tokens.Word(i);
            if (NameWords.IsAllCapitals(word))
            {
                if (word.Length < 3)
                {
                    return false;
                }

                capitals++;
            }
        }

        return capitals > 0 && capitals < last - first + 1;
    }

    // A headline in capitals: the name's capitals say nothing. Only the words of the name's own line count: a
    // headline's last words would otherwise be judged by the prose of the paragraph below it.
    private static bool IsShouted(TokenList tokens, int first, int last)
    {
        var (lineStart, lineEnd) = (tokens.LineStart(first), tokens.LineEnd(last));
        int capitals = 0, words = 0;
        for (var i = Math.Max(0, first - 4); i <= Math.Min(tokens.Count - 1, last + 4); i++)
        {
            if ((i >= first && i <= last) || tokens.Start(i) < lineStart || tokens.Start(i) >= lineEnd)
            {
                continue;
            }

            words++;
            capitals += NameWords.IsAllCapitals(tokens.Word(i)) ? 1 : 0;
        }

        return words > 0 && capitals * 2 > words;
    }

    // "© AFP - Souleymane Ag Anara", "[File: Souleymane Ag Anara/AFP]": a photographer, not an actor.
    private static bool IsCredit(TokenList tokens, int first, int last)
    {
        var text = tokens.Text;
        var lineStart = tokens.LineStart(first);
        var before = text.AsSpan(Math.Max(lineStart, tokens.Start(first) - 40), tokens.Start(first) - Math.Max(lineStart, tokens.Start(first) - 40));
        return before.Contains('©') || before.Contains("Photo", StringComparison.OrdinalIgnoreCase)
            || before.Contains("Crédit", StringComparison.OrdinalIgnoreCase) || before.Contains("Credit", StringComparison.OrdinalIgnoreCase)
            || before.Contains("File:", StringComparison.Ordinal) || tokens.GapAfter(last).StartsWith("/");
    }

    private static bool IsSpaceAfter(TokenList tokens, int index) => tokens.GapAfter(index) is " " or "\u00A0";

    // The author's and the outlet's names are bylines and mastheads, never actors of the article.
    private static HashSet<string> Excluded(ActorDocument document)
    {
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in document.Document.Author.Split(';').Append(document.Document.Outlet))
        {
            var keys = TokenList.Keys(name);
            if (keys.Length > 0)
            {
                excluded.Add(string.Join(' ', keys));
            }
        }

        return excluded;
    }
}
