using System.CommandLine;
using Analysis.Briefing;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Reporting.Briefing;
using Analysis.Reporting.Fluent;

namespace Analysis.Briefing.Tests;

/// <summary>
/// What each option's value becomes: the settings of a run (<see cref="RunOptions"/>, shared by the briefing
/// and <c>extract</c>) and of the PDF briefing (<see cref="PdfOptions"/>), and the one-line error a bad value gets.
/// </summary>
public sealed class OptionParsingTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "option-parsing-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Theory]
    [InlineData("--from", "2023-09-15", "2023-09-15")]
    [InlineData("--from", "2023-09", "2023-09-01")]
    [InlineData("--from", "2023", "2023-01-01")]
    [InlineData("--to", "2023-09-15", "2023-09-15")]
    [InlineData("--to", "2023-09", "2023-09-30")]
    [InlineData("--to", "2024-02", "2024-02-29")]
    [InlineData("--to", "2023", "2023-12-31")]
    public void Settings_ReadsADateBound_AsADayAMonthOrAYear(string option, string value, string day)
    {
        var settings = RunSettingsOf(option, value);

        var expected = DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, option == "--from" ? settings.From : settings.To);
        Assert.Null(option == "--from" ? settings.To : settings.From);
    }

    [Theory]
    [InlineData("sentence", CooccurrenceWindow.Sentence)]
    [InlineData("Paragraph", CooccurrenceWindow.Paragraph)]
    [InlineData("DOCUMENT", CooccurrenceWindow.Document)]
    public void Settings_ReadsTheWindow_WhateverItsCase(string value, CooccurrenceWindow window)
    {
        Assert.Equal(window, RunSettingsOf("--window", value).Window);
    }

    [Theory]
    [InlineData("--period")]
    [InlineData("--periods")]
    [InlineData("-p")]
    public void Settings_ReadsACommaSeparatedPeriodList_UnderEachName(string name)
    {
        Assert.Equal([PeriodUnit.Week, PeriodUnit.Year], RunSettingsOf(name, "week,year").Periods);
    }

    [Fact]
    public void Settings_CountsMonthsOfEveryArticleInTheDocumentWindow_ByDefault()
    {
        var settings = RunSettingsOf();

        Assert.Null(settings.Periods);
        Assert.Equal(1, settings.MinSupport);
        Assert.Equal(CooccurrenceWindow.Document, settings.Window);
        Assert.Null(settings.From);
        Assert.Null(settings.To);
        Assert.Null(settings.Briefing);
    }

    [Fact]
    public void Read_BuildsTheBriefingOptions_FromTitleLangPageSizeAndFocus()
    {
        var briefing = BriefingOptionsOf("--title", " Sahel, novembre ", "--lang", "FR", "--page-size", "letter", "--focus", "Assimi Goïta");

        Assert.Equal(new BriefingOptions { Title = "Sahel, novembre", Language = BriefingLanguage.French, PageSize = PageSize.Letter, Focus = "Assimi Goïta" }, briefing);
    }

    [Fact]
    public void Read_GivesTheDefaultBriefing_WhenNoBriefingOptionIsGiven()
    {
        Assert.Equal(BriefingOptions.Default, BriefingOptionsOf());
    }

    // Each bad value: exit code 1, nothing on stdout, one error line naming the option, the value and what
    // is accepted, then the pointer to --help; and nothing written.
    [Theory]
    [InlineData("--period", "fortnight", "unknown period 'fortnight' for --period; choose among day, week, month, quarter, year (the whole corpus is always counted).")]
    [InlineData("-p", "fortnight", "unknown period 'fortnight' for -p; choose among day, week, month, quarter, year (the whole corpus is always counted).")]
    [InlineData("--from", "2023-13", "--from needs a date as yyyy-MM-dd, yyyy-MM or yyyy (got '2023-13').")]
    [InlineData("--from", "yesterday", "--from needs a date as yyyy-MM-dd, yyyy-MM or yyyy (got 'yesterday').")]
    [InlineData("--to", "2023-02-30", "--to needs a date as yyyy-MM-dd, yyyy-MM or yyyy (got '2023-02-30').")]
    [InlineData("--to", "06/11/2024", "--to needs a date as yyyy-MM-dd, yyyy-MM or yyyy (got '06/11/2024').")]
    [InlineData("--window", "line", "unknown window 'line' for --window; choose among sentence, paragraph, document.")]
    [InlineData("--lang", "de", "unknown language 'de' for --lang; choose among en, fr.")]
    [InlineData("--page-size", "a3", "unknown page size 'a3' for --page-size; choose among a4, letter.")]
    [InlineData("--title", " ", "--title needs some text (got ' ').")]
    [InlineData("--focus", "", "--focus needs some text (got '').")]
    public void Run_RejectsABadValue_WithOneLineNamingTheOptionAndExitCode1(string option, string value, string message)
    {
        var (code, stdout, stderr) = Runner.Run("--corpus", RepositoryPaths.Seeds, "--out", _root, option, value);

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Equal([$"error: {message}", "Run with --help to see the options."], Lines(stderr));
        Assert.False(Directory.Exists(_root), "nothing is written when an option is wrong");
    }

    [Theory]
    [InlineData("2024", "2023-12", "error: --from 2024 is after --to 2023-12; the date range would be empty.")]
    [InlineData("2023-12-02", "2023-12-01", "error: --from 2023-12-02 is after --to 2023-12-01; the date range would be empty.")]
    public void Run_RejectsADateRangeThatEndsBeforeItStarts_InBothCommands(string from, string to, string message)
    {
        foreach (var command in new[] { Array.Empty<string>(), ["extract"] })
        {
            var (code, stdout, stderr) = Runner.Run([.. command, "--corpus", RepositoryPaths.Seeds, "--out", _root, "--from", from, "--to", to]);

            Assert.Equal(1, code);
            Assert.Empty(stdout);
            Assert.Equal([message, "Run with --help to see the options."], Lines(stderr));
        }
    }

    [Theory]
    [InlineData("2023-12", "2023-12")]
    [InlineData("2023-12-31", "2023")]
    public void Run_AcceptsADateRange_WhenItsBoundsShareAMonthOrAYear(string from, string to)
    {
        var (code, _, stderr) = Runner.Run("extract", "--corpus", RepositoryPaths.Seeds, "--out", _root, "--from", from, "--to", to);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
    }

    [Fact]
    public void Extract_RejectsTheBriefingsOptions_WhichOnlyTheRootCommandHas()
    {
        var (code, _, stderr) = Runner.Run("extract", "--corpus", RepositoryPaths.Seeds, "--out", _root, "--lang", "fr");

        Assert.Equal(1, code);
        Assert.StartsWith("error: ", stderr, StringComparison.Ordinal);
        Assert.Contains("'--lang'", stderr, StringComparison.Ordinal);
    }

    private static RunSettings RunSettingsOf(params string[] args)
    {
        var options = new RunOptions();
        var command = new RootCommand();
        options.AddTo(command);
        var parse = command.Parse(args);
        Assert.Empty(parse.Errors);
        return options.Settings(parse, briefing: null);
    }

    private static BriefingOptions BriefingOptionsOf(params string[] args)
    {
        var options = new PdfOptions();
        var command = new RootCommand();
        options.AddTo(command);
        var parse = command.Parse(args);
        Assert.Empty(parse.Errors);
        return options.Read(parse);
    }

    private static string[] Lines(string text) => text.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
}
