using Analysis.Core.Actors.Matching;

namespace Analysis.Core.Actors.Pipeline;

/// <summary>
/// The people an article names in full, with every word of their names as written there, so that a short
/// form ("Simporé", "Simporé Célestin", "BARMOU") can be tied to the one person it fits.
/// </summary>
internal sealed class ArticlePeople
{
    private readonly List<Person> _people = [];

    /// <summary>The people of <paramref name="document"/>'s current mentions in its article text. A name in the
    /// boilerplate (a link to another article, "A LIRE AUSSI : …") is not one of the article's people: taken
    /// as one, a namesake there made every short form of the article's own person ambiguous.</summary>
    public ArticlePeople(ActorDocument document)
    {
        foreach (var mention in document.Mentions)
        {
            if (mention.Actor.Type == ActorType.Person && document.IsArticleText(mention.First))
            {
                Add(mention.Actor, document.Document.Text.AsSpan(mention.Span.Start, mention.Span.Length));
            }
        }
    }

    /// <summary>Adds a person named <paramref name="written"/> in the article.</summary>
    public void Add(Actor actor, string written) => Add(actor, written.AsSpan());

    /// <summary>Adds a person named <paramref name="written"/> in the article; the name's words are split
    /// once per person, and only words the person does not have yet become strings.</summary>
    public void Add(Actor actor, ReadOnlySpan<char> written)
    {
        var person = _people.Find(p => p.Actor.Id == actor.Id);
        if (person is null)
        {
            var nameWords = TokenList.Keys(actor.Name);
            if (nameWords.Length < 2)
            {
                return;
            }

            person = new Person(actor, nameWords[^1], new HashSet<string>(nameWords, StringComparer.Ordinal));
            _people.Add(person);
        }

        TokenList.AddKeys(written, person.Words);
    }

    /// <summary>
    /// The one person whose name holds every word of <paramref name="shortForm"/>, surname included;
    /// null when none or several fit.
    /// </summary>
    public Actor? Fit(IReadOnlyList<string> shortForm)
    {
        Actor? found = null;
        foreach (var person in _people)
        {
            if (shortForm.Contains(person.Surname) && shortForm.All(person.Words.Contains))
            {
                if (found is not null)
                {
                    return null;
                }

                found = person.Actor;
            }
        }

        return found;
    }

    /// <summary>
    /// <see cref="Fit(IReadOnlyList{string})"/> for the folded words <paramref name="first"/> to
    /// <paramref name="last"/> of <paramref name="tokens"/>, read as spans.
    /// </summary>
    public Actor? Fit(TokenList tokens, int first, int last)
    {
        Actor? found = null;
        foreach (var person in _people)
        {
            if (HoldsSurname(person, tokens, first, last) && HoldsAll(person, tokens, first, last))
            {
                if (found is not null)
                {
                    return null;
                }

                found = person.Actor;
            }
        }

        return found;
    }

    private static bool HoldsSurname(Person person, TokenList tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (tokens.Folded(k).SequenceEqual(person.Surname))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsAll(Person person, TokenList tokens, int first, int last)
    {
        var words = person.Words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = first; k <= last; k++)
        {
            if (!words.Contains(tokens.Folded(k)))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Person(Actor Actor, string Surname, HashSet<string> Words);
}
