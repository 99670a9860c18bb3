using Analysis.Core.Actors.Titles;

namespace Analysis.Core.Actors.Pipeline;

/// <summary>Marks the titles, ranks and functions of the <see cref="TitleLexicon"/> in the text.</summary>
internal sealed class TitleTagger(TitleLexicon lexicon) : IActorComponent
{
    public string Name => "titles";

    public IReadOnlyList<string> Reads { get; } = [];

    public IReadOnlyList<string> Writes { get; } = [Annotations.Titles];

    public void Annotate(ActorDocument document) => document.Titles.AddRange(lexicon.FindAll(document.Tokens));
}
