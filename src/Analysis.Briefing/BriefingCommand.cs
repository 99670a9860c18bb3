using Analysis.Core.Cooccurrence.Periods;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Analysis.Core.IO;

namespace Analysis.Briefing;

/// <summary>The command line: options, help text, and the hand-over to <see cref="BriefingRun"/>.</summary>
internal static class BriefingCommand
{
    /// <summary>Parses <paramref name="args"/> and runs; a usage error is one line and exit code 1, not a page of help.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parse = Create(output, error).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Run with --help to see the options.");
            return ExitCodes.UsageError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    public static RootCommand Create(TextWriter output, TextWriter error)
    {
        var corpus = new Option<string>("--corpus", "-c")
        {
            Description = "Folder of articles to read, recursively (.txt, .md, .json, .jsonl, .html). Default: the project's seeds/.",
            HelpName = "DIR",
        };
        var outFolder = new Option<string>("--out", "-o")
        {
            Description = "Folder to write data/*.csv into. Default: the project's reports/.",
            HelpName = "DIR",
        };
        var actors = new Option<string>("--actors", "-a")
        {
            Description = "Actor dictionary (YAML) that extends the built-in Sahel dictionary; an entry with a built-in id replaces it.",
            HelpName = "FILE",
        };

        var periods = new Option<IReadOnlyList<PeriodUnit>>("--periods", "-p")
        {
            Description = "Periods to count, comma-separated, besides the whole corpus: day, week, month, quarter, year. The first one given is used for the network and the changes. Default: month.",
            HelpName = "LIST",
            CustomParser = PeriodList.Parse,
        };
        var minSupport = new Option<int>("--min-support")
        {
            Description = "Write a tie only for the periods in which it is seen in at least N articles (PMI and NPMI mislead on one or two). Default: 1.",
            HelpName = "N",
            DefaultValueFactory = _ => 1,
            CustomParser = ParseMinSupport,
        };
        var root = new RootCommand("Reads a folder of news articles, finds the actors they mention, groups the articles into stories and writes who appears with whom, per period, with the evidence: data/*.csv, network.gexf (Gephi) and network.graphml (the PDF briefing comes in a later version).")
        {
            corpus,
            outFolder,
            actors,
            periods,
            minSupport,
            NotebooksCommand.Create(output, error),
        };
        // The cancellation token is cancelled on Ctrl+C, so a run stops between two articles and removes
        // its temporary files instead of being killed mid-write.
        root.SetAction((parse, cancellation) =>
        {
            var settings = new RunSettings(
                parse.GetValue(corpus) ?? ProjectFolders.Seeds(),
                parse.GetValue(outFolder) ?? ProjectFolders.Reports(),
                parse.GetValue(actors),
                parse.GetValue(periods),
                parse.GetValue(minSupport));
            return Task.FromResult(new BriefingRun(output, error).Execute(settings, cancellation));
        });
        return root;
    }

    // A custom parser rather than a validator: a validator reading the value would throw on "x".
    private static int ParseMinSupport(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var articles) || articles < 1)
        {
            result.AddError($"--min-support needs a whole number of articles, 1 or more (got '{text}').");
            return 1;
        }

        return articles;
    }
}
