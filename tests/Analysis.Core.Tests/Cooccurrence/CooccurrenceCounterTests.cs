using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Cooccurrence;

/// <summary>
/// Counting on a tiny corpus written for the purpose, where every figure can be read off the text:
/// A (29 Aug 2023): a title with Mali and Burkina Faso; then Diarra and Simporé in one sentence, an
/// empty sentence, and Niger alone; D (30 Aug 2023, same story as A): Diarra and Simporé; B (November
/// 2023, month only): Diarra and Simporé; C (undated): Mali and Burkina Faso.
/// </summary>
public sealed class CooccurrenceCounterTests
{
    private const string Diarra = "oumar-diarra";
    private const string Simpore = "celestin-simpore";

    private static readonly Lazy<CooccurrenceCounts> Counts = new(() => Count(CooccurrenceOptions.Default));

    [Fact]
    public void Complete_CountsTheSentencePairs_OfEachDay()
    {
        Assert.Equal(1, Row("2023-08-29", CooccurrenceWindow.Sentence, Diarra, Simpore).Documents);
        Assert.Equal(1, Row("2023-08-30", CooccurrenceWindow.Sentence, Diarra, Simpore).Documents);
        Assert.Equal(1, Row("2023-08-29", CooccurrenceWindow.Sentence, "bfa", "mli").Documents);
    }

    [Fact]
    public void Complete_CountsArticlesAndStoriesApart_WhenTwoArticlesReportOneStory()
    {
        var week = Row("2023-W35", CooccurrenceWindow.Sentence, Diarra, Simpore);

        Assert.Equal(2, week.Documents);
        Assert.Equal(1, week.Stories);
        Assert.Equal(2, week.Weight);
    }

    [Fact]
    public void Complete_PutsAMonthDatedArticle_InItsMonthButNoDayOrWeek()
    {
        Assert.Equal(1, Row("2023-11", CooccurrenceWindow.Sentence, Diarra, Simpore).Documents);
        Assert.Equal(1, Row("2023-Q4", CooccurrenceWindow.Sentence, Diarra, Simpore).Documents);
        Assert.DoesNotContain(Counts.Value.Rows, r => r.Period.Unit is PeriodUnit.Day or PeriodUnit.Week && r.Period.Start.Month == 11);
    }

    [Fact]
    public void Complete_CountsAnUndatedArticle_InTheWholeCorpusOnly()
    {
        var all = Row("all", CooccurrenceWindow.Sentence, "bfa", "mli");

        Assert.Equal(2, all.Documents); // A's title and C
        Assert.Equal(1, Row("2023", CooccurrenceWindow.Sentence, "bfa", "mli").Documents); // A only
        Assert.Equal(1, Counts.Value.Undated);
        Assert.Equal(4, Counts.Value.Documents);
        Assert.Equal(3, Row("all", CooccurrenceWindow.Sentence, Diarra, Simpore).Documents);
        Assert.Equal(2, Row("all", CooccurrenceWindow.Sentence, Diarra, Simpore).Stories);
    }

    [Fact]
    public void Complete_SeparatesTheWindows_ForOneArticle()
    {
        // In A, Niger is in the paragraph of Diarra and Simporé but in its own sentence; Mali and Burkina
        // are in the title, another paragraph, so they meet Niger only at article level.
        Assert.DoesNotContain(Counts.Value.RowsOf(PeriodUnit.Day, CooccurrenceWindow.Sentence), r => r.Pair.Contains("ner"));
        Assert.Equal(1, Row("2023-08-29", CooccurrenceWindow.Paragraph, Diarra, "ner").Documents);
        Assert.DoesNotContain(Counts.Value.RowsOf(PeriodUnit.Day, CooccurrenceWindow.Paragraph), r => r.Pair == new ActorPair("mli", "ner"));
        Assert.Equal(1, Row("2023-08-29", CooccurrenceWindow.Document, "mli", "ner").Documents);
        Assert.Equal(10, Counts.Value.RowsOf(Period.Of(Core.Corpus.PartialDate.OfDay(2023, 8, 29), PeriodUnit.Day)!.Value, CooccurrenceWindow.Document).Count);
    }

    [Fact]
    public void Complete_GivesTheCountsBehindTheMeasures()
    {
        // August 2023, sentences: A has 4 (title, Diarra–Simporé, the empty one, Niger), D has 1.
        var row = Row("2023-08", CooccurrenceWindow.Sentence, Diarra, Simpore);

        Assert.Equal((2, 2, 2, 5), (row.Weight, row.WindowsA, row.WindowsB, row.Windows));
        Assert.Equal(1.0, row.Jaccard, 12);
        Assert.Equal(Math.Log2(2.5), row.Pmi, 12);
    }

    [Fact]
    public void Complete_CountsOnlyArticleText_AsWindows()
    {
        // A related-article link naming Mali and Niger, and a byline: neither is a window nor a tie.
        var counter = new CooccurrenceCounter(ActorDictionary.Default);
        var text = "Le Mali a reçu le Burkina Faso. La réunion a duré deux jours.\n[boilerplate] A LIRE AUSSI : Le Mali et le Niger signent un accord\n[byline] Par Amadou Niger";
        counter.Add(new ActorExtractor(ActorDictionary.Default).Extract(TestDocuments.Article(text, "2024-03-01")), "s");
        var rows = counter.Complete().RowsOf(PeriodUnit.All, CooccurrenceWindow.Sentence).ToList();

        var row = Assert.Single(rows);
        Assert.Equal(("bfa", "mli", 1, 1, 1, 2), (row.A.Id, row.B.Id, row.Weight, row.WindowsA, row.WindowsB, row.Windows));
        Assert.Equal(1.0, row.Pmi, 12); // log2(1·2 / (1·1))
    }

    [Fact]
    public void Complete_LeavesOutTiesBelowTheMinimumSupport()
    {
        var counts = Count(CooccurrenceOptions.Default with { MinSupport = 2 });

        Assert.Contains(counts.RowsOf(PeriodUnit.Month, CooccurrenceWindow.Sentence), r => r.Pair == new ActorPair(Diarra, Simpore));
        Assert.DoesNotContain(counts.RowsOf(PeriodUnit.Month, CooccurrenceWindow.Sentence), r => r.Pair == new ActorPair("bfa", "mli"));
    }

    [Fact]
    public void Complete_CountsOnlyPersons_WhenTypesArePersons()
    {
        var counts = Count(CooccurrenceOptions.Default with { Types = new HashSet<ActorType> { ActorType.Person } });

        Assert.All(counts.Rows, r => Assert.Equal((ActorType.Person, ActorType.Person), (r.A.Type, r.B.Type)));
        Assert.NotEmpty(counts.Rows);
    }

    [Fact]
    public void Complete_RollsPersonsUpToTheirCountries_WhenTheLevelIsCountry()
    {
        var counts = Count(new CooccurrenceOptions { Types = new HashSet<ActorType> { ActorType.Person }, Level = ActorLevel.Country });
        var row = counts.RowsOf(PeriodUnit.All, CooccurrenceWindow.Sentence).Single();

        // Diarra is Malian and Simporé Burkinabè: their three sentences become a Burkina Faso–Mali tie.
        Assert.Equal(("bfa", "mli", 3), (row.A.Id, row.B.Id, row.Documents));
    }

    [Fact]
    public void Complete_FocusesOnThePersonsCountry_WhenPersonsAreRolledUp()
    {
        var counts = Count(new CooccurrenceOptions { Level = ActorLevel.Country, Focus = "Oumar Diarra" });

        Assert.Equal("mli", counts.Focus?.Id);
        Assert.Contains(counts.RowsOf(PeriodUnit.All, CooccurrenceWindow.Sentence), r => r.Pair == new ActorPair("bfa", "mli"));
    }

    [Fact]
    public void Complete_KeepsOnlyArticlesInsideTheDateRange()
    {
        var counts = Count(CooccurrenceOptions.Default with { From = new DateOnly(2023, 8, 30), To = new DateOnly(2023, 11, 30) });

        Assert.Equal(2, counts.Documents); // D and B; A is before, C has no date
        Assert.Equal(2, counts.OutOfRange);
        Assert.Equal(2, counts.Tie(Diarra, Simpore).Single(r => r.Period == Period.All && r.Window == CooccurrenceWindow.Sentence).Documents);
    }

    [Fact]
    public void Complete_KeepsTheEgoNetwork_WhenFocusedOnOneActor()
    {
        var counts = Count(CooccurrenceOptions.Default with { Focus = "Niger" });
        var pairs = counts.RowsOf(PeriodUnit.All, CooccurrenceWindow.Paragraph).Select(r => r.Pair).ToList();

        // Niger shares A's paragraph with Diarra and Simporé: its ties, and theirs with each other.
        Assert.Equal("ner", counts.Focus?.Id);
        Assert.Equal(3, pairs.Count);
        Assert.Contains(new ActorPair(Diarra, Simpore), pairs);
        Assert.DoesNotContain(pairs, p => p.Contains("mli"));
    }

    private static CooccurrenceRow Row(string period, CooccurrenceWindow window, string a, string b) =>
        Counts.Value.Rows.Single(r => r.Period.Label == period && r.Window == window && r.Pair == new ActorPair(a, b));

    private static CooccurrenceCounts Count(CooccurrenceOptions options)
    {
        var counter = new CooccurrenceCounter(ActorDictionary.Default, options);
        AddArticles(counter, Articles);
        return counter.Complete();
    }

    /// <summary>The four articles of the class comment, in this order: A, B, C, D.</summary>
    internal static IReadOnlyList<(string Text, string Date, string Story)> Articles { get; } =
    [
        ("[title] Le Mali et le Burkina Faso renforcent leur coopération\nLe général Oumar Diarra a reçu le colonel-major Célestin Simporé à Bamako. Les deux armées ont travaillé ensemble. Le Niger n'était pas représenté.", "2023-08-29", "s1"),
        ("Le général Oumar Diarra a rencontré le général de brigade Célestin Simporé.", "2023-11", "s2"),
        ("Le Mali et le Burkina Faso signent un accord.", "", "s3"),
        ("Oumar Diarra et Célestin Simporé ont signé un communiqué commun.", "2023-08-30", "s1"),
    ];

    /// <summary>Counts <paramref name="articles"/>, each in its story.</summary>
    internal static void AddArticles(CooccurrenceCounter counter, IEnumerable<(string Text, string Date, string Story)> articles)
    {
        var extractor = new ActorExtractor(ActorDictionary.Default);
        foreach (var (text, date, story) in articles)
        {
            counter.Add(extractor.Extract(TestDocuments.Article(text, date)), story);
        }
    }
}
