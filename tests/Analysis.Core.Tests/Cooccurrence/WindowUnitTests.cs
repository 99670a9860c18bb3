using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Corpus;
using Analysis.Core.Text;

namespace Analysis.Core.Tests.Cooccurrence;

public sealed class WindowUnitTests
{
    private static readonly Actor Diarra = new() { Id = "oumar-diarra", Name = "Oumar Diarra", Type = ActorType.Person };
    private static readonly Actor Mali = new() { Id = "mli", Name = "Mali", Type = ActorType.Country };
    private static readonly Actor Niger = new() { Id = "ner", Name = "Niger", Type = ActorType.Country };

    [Fact]
    public void Pairs_LeavesOutTwoActorsOfOnePhrase_WhenTheirMentionsOverlap()
    {
        // "Le chef d'état-major général des Armées maliennes a reçu son homologue nigérien": the office
        // (3–54) names Diarra; "maliennes" (45–54), inside it, names Mali; "nigérien" (71–80) Niger.
        var unit = Unit((Diarra, 3, 54), (Mali, 45, 54), (Niger, 71, 80));

        var pairs = unit.Pairs().Select(p => (p.A.Id, p.B.Id)).ToList();

        Assert.Equal([("mli", "ner"), ("ner", "oumar-diarra")], pairs);
        Assert.Null(unit.Nearest("mli", "oumar-diarra"));
    }

    [Fact]
    public void Pairs_KeepsTheTie_WhenAnotherMentionStandsApart()
    {
        var unit = Unit((Diarra, 3, 54), (Mali, 45, 54), (Mali, 90, 94));

        Assert.Equal([("mli", "oumar-diarra")], unit.Pairs().Select(p => (p.A.Id, p.B.Id)));
        Assert.Equal((3, 90), (unit.Nearest("mli", "oumar-diarra")!.Value.First.Span.Start, unit.Nearest("mli", "oumar-diarra")!.Value.Second.Span.Start));
    }

    private static WindowUnit Unit(params (Actor Actor, int Start, int End)[] mentions) =>
        new(CooccurrenceWindow.Sentence, new TextSpan(0, 100), [.. mentions.Select(m => new CountedMention(m.Actor, Mention(m.Actor, m.Start, m.End)))]);

    private static Mention Mention(Actor actor, int start, int end) =>
        new("doc", actor, actor.Name, TextSpan.FromBounds(start, end), 0, MentionOrigin.Dictionary, string.Empty, SegmentKind.Content);
}
