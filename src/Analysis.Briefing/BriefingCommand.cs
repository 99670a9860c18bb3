using System.CommandLine;

namespace Analysis.Briefing;

/// <summary>The command line: commands, options, help text, and the hand-over to <see cref="BriefingRun"/>.</summary>
internal static class BriefingCommand
{
    /// <summary>Runs in this process's console: the summary on stdout, progress and errors on stderr.</summary>
    public static int Run(string[] args) => Run(args, Console.Out, Console.Error, ProgressDisplay.ForConsole());

    /// <summary>
    /// Parses <paramref name="args"/> and runs; a usage error is one line per bad value and exit code 1, not a
    /// page of help. Progress is plain lines on <paramref name="error"/> unless <paramref name="progress"/> says otherwise.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, ProgressDisplay? progress = null)
    {
        var parse = Create(output, error, progress ?? ProgressDisplay.Plain(error)).Parse(args);
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

    /// <summary>The root command (the briefing) with its subcommands <c>extract</c> and <c>notebooks</c>.</summary>
    public static RootCommand Create(TextWriter output, TextWriter error, ProgressDisplay progress)
    {
        var run = new RunOptions();
        var pdf = new PdfOptions();
        var extract = new Command(
            "extract",
            "Writes the data files only (data/*.csv, network.gexf, network.graphml): no charts, no PDF. Quicker, when the files go to other tools.");
        run.AddTo(extract);
        var root = new RootCommand(
            "Reads a folder of news articles, finds the actors they mention, groups the articles into stories and works out who appears with whom, per period, with the evidence. Writes data/*.csv with the network for Gephi and graph tools, charts/ (PNG and SVG), and briefing.pdf.")
        {
            extract,
            NotebooksCommand.Create(output, error),
        };
        run.AddTo(root);
        pdf.AddTo(root);

        // The cancellation token is cancelled on Ctrl+C, so a run stops between two articles and removes
        // its temporary files instead of being killed mid-write.
        root.SetAction((parse, cancellation) =>
            Task.FromResult(new BriefingRun(output, error, progress).Execute(run.Settings(parse, pdf.Read(parse)), cancellation)));
        extract.SetAction((parse, cancellation) =>
            Task.FromResult(new BriefingRun(output, error, progress).Execute(run.Settings(parse, briefing: null), cancellation)));
        return root;
    }
}
