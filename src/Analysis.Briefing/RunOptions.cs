using System.CommandLine;
using System.CommandLine.Parsing;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.IO;
using Analysis.Reporting.Briefing;
using Analysis.Reporting.Output;

namespace Analysis.Briefing;

/// <summary>
/// The options the briefing (root command) and <c>extract</c> share: what to read and what to count.
/// One instance is added to both commands, so their names, help and checks cannot drift apart.
/// </summary>
internal sealed class RunOptions
{
    private static readonly (string Name, CooccurrenceWindow? Value)[] Windows =
    [
        ("sentence", CooccurrenceWindow.Sentence),
        ("paragraph", CooccurrenceWindow.Paragraph),
        ("document", CooccurrenceWindow.Document),
    ];

    private static readonly (string Name, DataFormat? Value)[] Formats =
    [
        ("csv", DataFormat.Csv),
        ("parquet", DataFormat.Parquet),
    ];

    private readonly Option<string> _corpus = new("--corpus", "-c")
    {
        Description = "Folder of articles to read, recursively (.txt, .md, .json, .jsonl, .html). Default: the project's seeds/.",
        HelpName = "DIR",
    };

    private readonly Option<string> _out = new("--out", "-o")
    {
        Description = "Folder to write into (data/, charts/, briefing.pdf). Default: the project's reports/.",
        HelpName = "DIR",
    };

    private readonly Option<string> _actors = new("--actors", "-a")
    {
        Description = "Actor dictionary (YAML, or a CSV/TSV table with name, type, country, aliases) that extends the built-in Sahel dictionary; an entry with a built-in id replaces it.",
        HelpName = "FILE",
    };

    private readonly Option<IReadOnlyList<PeriodUnit>> _periods = new("--period", "--periods", "-p")
    {
        Description = "Period to count besides the whole corpus: day, week, month, quarter or year; several, comma-separated, are all counted and the first one gives the network, the changes, the charts and the briefing. Default: month.",
        HelpName = "UNIT[,UNIT]",
        CustomParser = PeriodList.Parse,
    };

    private readonly Option<int?> _minSupport = new("--min-support")
    {
        Description = "Write a tie only for the periods in which it is seen in at least N articles (PMI and NPMI mislead on one or two). Default: 1.",
        HelpName = "N",
        CustomParser = result => OptionParsers.MinSupport(result),
    };

    private readonly Option<DateOnly?> _from = new("--from")
    {
        Description = "Count only articles dated on or after this day: yyyy-MM-dd, or yyyy-MM / yyyy for the first day of that month / year. Undated articles are then left out; every article is still listed in the data. Default: no limit.",
        HelpName = "DATE",
        CustomParser = OptionParsers.FirstDay,
    };

    private readonly Option<DateOnly?> _to = new("--to")
    {
        Description = "Count only articles dated on or before this day: yyyy-MM-dd, or yyyy-MM / yyyy for the last day of that month / year. Default: no limit.",
        HelpName = "DATE",
        CustomParser = OptionParsers.LastDay,
    };

    private readonly Option<CooccurrenceWindow?> _window = new("--window")
    {
        Description = "Where two actors must be named to be tied in the network, the changes, the charts and the briefing: sentence, paragraph or document (the same article). cooccurrence.csv always has all three. Default: document.",
        HelpName = "WINDOW",
        CustomParser = result => OptionParsers.Choice(result, Windows, "window"),
    };

    private readonly Option<int?> _threads = new("--threads", "-j")
    {
        Description = "Threads that read and extract articles, and at the end measure the networks and write the files (the output is the same for any number). Default: one per core.",
        HelpName = "N",
        CustomParser = result => OptionParsers.Threads(result),
    };

    private readonly Option<DataFormat?> _format = new("--format")
    {
        Description = "How documents and mentions are written: csv (documents.csv, mentions.csv) or parquet (documents/ and mentions/ folders partitioned by month, for DuckDB or Spark); the other files are CSV either way. Default: csv.",
        HelpName = "FORMAT",
        CustomParser = result => OptionParsers.Choice(result, Formats, "format"),
    };

    /// <summary>Adds the shared options, and the check that the date range does not end before it starts, to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _corpus, _out, _actors, _periods, _minSupport, _from, _to, _window, _format, _threads })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(CheckDateRange);
    }

    /// <summary>The run <paramref name="parse"/> asks for; <paramref name="briefing"/> null writes the data only.</summary>
    public RunSettings Settings(ParseResult parse, BriefingOptions? briefing) => new(
        parse.GetValue(_corpus) ?? ProjectFolders.Seeds(),
        parse.GetValue(_out) ?? ProjectFolders.Reports(),
        parse.GetValue(_actors),
        parse.GetValue(_periods),
        parse.GetValue(_minSupport) ?? 1)
    {
        Window = parse.GetValue(_window) ?? CooccurrenceWindow.Document,
        Format = parse.GetValue(_format) ?? DataFormat.Csv,
        From = parse.GetValue(_from),
        To = parse.GetValue(_to),
        Threads = parse.GetValue(_threads),
        Briefing = briefing,
    };

    // Reads the tokens, not the values: reading a value that failed to parse would throw, and a bad date
    // already has its own error.
    private void CheckDateRange(CommandResult command)
    {
        if (command.GetResult(_from) is { Tokens: [var fromToken] } fromResult
            && command.GetResult(_to) is { Tokens: [var toToken] } toResult
            && OptionParsers.TryDate(fromToken.Value, lastDay: false, out var from)
            && OptionParsers.TryDate(toToken.Value, lastDay: true, out var to)
            && from > to)
        {
            command.AddError($"{fromResult.IdentifierToken?.Value ?? "--from"} {fromToken.Value} is after {toResult.IdentifierToken?.Value ?? "--to"} {toToken.Value}; the date range would be empty.");
        }
    }
}
