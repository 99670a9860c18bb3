using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Corpus;
using Analysis.Core.Text;
using Analysis.Reporting.Briefing;
using Analysis.Reporting.Tests.Notebooks;

namespace Analysis.Reporting.Tests.Briefing;

public sealed class PassageStoreTests : IDisposable
{
    private static readonly Actor Mali = new() { Id = "mali", Name = "Mali", Type = ActorType.Country };
    private static readonly Actor Goita = new() { Id = "assimi-goita", Name = "Assimi Goïta", Type = ActorType.Person, Country = "Mali" };

    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_ReturnsThePassageAndItsArticle_WhenReadOutOfOrder()
    {
        var day = new DocumentCard("001", "Goïta à Niamey", "ORTM", PartialDate.OfDay(2024, 11, 6), "001.md", "https://ortm.ml/1", "fr");
        var month = new DocumentCard("002", "Sans source", string.Empty, PartialDate.OfMonth(2023, 8), "002.txt", string.Empty, "fr");
        var sentence = Evidence(CooccurrenceWindow.Sentence, "001", day.Date, "« Le colonel Goïta a reçu l’ambassadeur du Mali. »");
        var article = Evidence(CooccurrenceWindow.Document, "002", PartialDate.Unknown, "Le Mali […] Assimi Goïta, dit-il.");
        using var store = new PassageStore(_folder.Path);

        var first = store.Add(sentence, store.AddCard(day));
        var second = store.Add(article, store.AddCard(month));

        // Read back out of order, as the briefing asks for them.
        Assert.Equal(new CitedPassage(article, month), store.Read(second));
        Assert.Equal(new CitedPassage(sentence, day), store.Read(first));
    }

    [Fact]
    public void Add_KeepsTheEarlierPassages_WhenCalledAfterARead()
    {
        var card = new DocumentCard("001", "Titre", "ORTM", PartialDate.OfYear(2024), "001.md", string.Empty, "fr");
        using var store = new PassageStore(_folder.Path);
        var cardHandle = store.AddCard(card);
        var first = store.Add(Evidence(CooccurrenceWindow.Sentence, "001", card.Date, "Première phrase."), cardHandle);
        Assert.Equal("Première phrase.", store.Read(first).Evidence.Text);

        var second = store.Add(Evidence(CooccurrenceWindow.Paragraph, "001", card.Date, "Seconde phrase."), cardHandle);

        Assert.Equal("Première phrase.", store.Read(first).Evidence.Text);
        Assert.Equal("Seconde phrase.", store.Read(second).Evidence.Text);
        Assert.Equal(card, store.Read(second).Source);
    }

    [Fact]
    public void Add_LeavesNoFileInTheFolder_WhileTheStoreIsOpen()
    {
        // The file is unlinked as soon as it is open, so a run killed half-way leaves nothing behind (Windows
        // deletes it when it is closed instead).
        using var store = new PassageStore(_folder.Path);

        var handle = store.Add(Evidence(CooccurrenceWindow.Sentence, "001", PartialDate.Unknown, "Texte."), store.AddCard(new DocumentCard("001", "T", "O", PartialDate.Unknown, "f", "u", "fr")));

        Assert.Equal(OperatingSystem.IsWindows() ? 1 : 0, Directory.GetFiles(_folder.Path).Length);
        Assert.Equal("Texte.", store.Read(handle).Evidence.Text);
    }

    [Fact]
    public void Read_ReturnsEveryPassage_WhenThereAreMoreThanOneBlock()
    {
        var card = new DocumentCard("001", "T", "O", PartialDate.OfDay(2024, 2, 29), "f", "u", "fr");
        using var store = new PassageStore(_folder.Path);
        var cardHandle = store.AddCard(card);

        // Passages of about a kilobyte: a thousand of them fill several of the store's blocks.
        var handles = Enumerable.Range(0, 1000).Select(i => store.Add(Evidence(CooccurrenceWindow.Sentence, "001", card.Date, $"{i} " + new string('x', 1000)), cardHandle)).ToList();

        Assert.All(Enumerable.Range(0, 1000), i => Assert.StartsWith($"{i} x", store.Read(handles[i]).Evidence.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(CooccurrenceWindow.Sentence, 500, CooccurrenceWindow.Document, 10, true)]
    [InlineData(CooccurrenceWindow.Paragraph, 10, CooccurrenceWindow.Paragraph, 500, true)]
    [InlineData(CooccurrenceWindow.Paragraph, 500, CooccurrenceWindow.Paragraph, 10, false)]
    [InlineData(CooccurrenceWindow.Sentence, 10, CooccurrenceWindow.Sentence, 20, false)]
    public void RankOf_RanksTheNarrowerWindowFirst_ThenAQuotablePassage(CooccurrenceWindow window, int length, CooccurrenceWindow otherWindow, int otherLength, bool better)
    {
        var passage = Evidence(window, "001", PartialDate.Unknown, new string('a', length));
        var other = Evidence(otherWindow, "001", PartialDate.Unknown, new string('b', otherLength));

        Assert.Equal(better, CitedPassage.RankOf(passage) < CitedPassage.RankOf(other));
    }

    private static TieEvidence Evidence(CooccurrenceWindow window, string document, PartialDate date, string text) =>
        new(Goita, Mali, window, document, date, "story-" + document, new TextSpan(12, text.Length), text);
}
