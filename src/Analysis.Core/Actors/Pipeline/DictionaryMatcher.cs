using Analysis.Core.Actors.Matching;

namespace Analysis.Core.Actors.Pipeline;

/// <summary>
/// Finds the dictionary's names, aliases, acronyms, demonyms and combining forms everywhere in the text,
/// boilerplate included: mentions outside article text are kept so they can be traced, and are set aside
/// from the actor counts when the document's mentions are collected.
/// </summary>
internal sealed class DictionaryMatcher(AliasAutomaton automaton) : IActorComponent
{
    public string Name => "dictionary";

    public IReadOnlyList<string> Reads { get; } = [];

    public IReadOnlyList<string> Writes { get; } = [Annotations.Mentions];

    public void Annotate(ActorDocument document)
    {
        foreach (var match in automaton.FindAll(document.Tokens))
        {
            document.Add(match.First, match.Last, match.Entry.Actor, MentionOrigin.Dictionary);
        }
    }
}
