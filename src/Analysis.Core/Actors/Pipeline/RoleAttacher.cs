namespace Analysis.Core.Actors.Pipeline;

/// <summary>
/// Records on each person mention the title written right before it ("le Colonel-major Célestin
/// Simporé" → "Colonel-major"; "le ministre de la Défense Juvenal Marizamunda" → "ministre de la
/// Défense"), as written, so that an actor's ranks and offices can be followed over time.
/// </summary>
internal sealed class RoleAttacher : IActorComponent
{
    public string Name => "roles";

    public IReadOnlyList<string> Reads { get; } = [Annotations.Titles, Annotations.Mentions];

    public IReadOnlyList<string> Writes { get; } = [Annotations.Mentions];

    public void Annotate(ActorDocument document)
    {
        var tokens = document.Tokens;
        var titleEndingAt = document.Titles.Where(t => !t.Entry.IsPlural).ToDictionary(t => t.Last);
        foreach (var mention in document.Mentions.Where(m => m.Actor.Type == ActorType.Person && m.Origin != MentionOrigin.Role))
        {
            if (titleEndingAt.TryGetValue(mention.First - 1, out var title) && tokens.GapAfter(title.Last) is " " or "\u00A0" or ". ")
            {
                mention.Title = tokens.Span(title.First, title.Last).Slice(document.Document.Text);
                mention.TitleEntry = title.Entry;
            }
        }
    }
}
