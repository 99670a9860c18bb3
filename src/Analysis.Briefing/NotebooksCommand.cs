using System.CommandLine;
using Analysis.Core.IO;
using Analysis.Reporting.Notebooks;

namespace Analysis.Briefing;

/// <summary>
/// <c>briefing notebooks [NAME ...]</c>: runs the project's notebooks headless, in order, and saves their
/// outputs, so a user whose Polyglot Notebooks extension no longer works (Microsoft deprecated it in
/// 2026) still gets executed notebooks with their charts.
/// </summary>
internal static class NotebooksCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var names = new Argument<string[]>("NAME")
        {
            Description = "Notebooks to run (file names in notebooks/, with or without .ipynb). Default: all, in name order.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var folder = new Option<string>("--folder", "-f")
        {
            Description = "Folder of notebooks. Default: the project's notebooks/.",
            HelpName = "DIR",
        };
        var dryRun = new Option<bool>("--no-save")
        {
            Description = "Run the cells but leave the .ipynb files as they are.",
        };
        var command = new Command("notebooks", "Runs notebooks headless (every code cell, in order, in a fresh state) and saves their outputs; stops at the first failing cell with its number and error.")
        {
            names,
            folder,
            dryRun,
        };
        command.SetAction((parse, cancellation) => Run(
            parse.GetValue(folder) ?? Path.Combine(ProjectFolders.Root(), "notebooks"),
            parse.GetValue(names) ?? [],
            !parse.GetValue(dryRun),
            output,
            error,
            cancellation));
        return command;
    }

    private static async Task<int> Run(string folder, string[] names, bool save, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"error: notebook folder '{folder}' not found. Pass --folder DIR.");
            return ExitCodes.UsageError;
        }

        var paths = names.Length == 0
            ? [.. Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal)]
            : names.Select(n => Path.Combine(folder, n.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase) ? n : n + ".ipynb")).ToList();
        if (paths.Count == 0)
        {
            error.WriteLine($"error: no notebook (.ipynb) in '{folder}'.");
            return ExitCodes.UsageError;
        }

        if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
        {
            error.WriteLine($"error: notebook '{Path.GetFileName(missing)}' not found in '{folder}'.");
            return ExitCodes.UsageError;
        }

        foreach (var path in paths)
        {
            try
            {
                var result = await NotebookRunner.RunAsync(path, new NotebookRunOptions { Save = save }, cancellation).ConfigureAwait(false);
                if (result.Failure is { } failure)
                {
                    error.WriteLine($"error: {failure}");
                    return ExitCodes.NotebookFailed;
                }

                output.WriteLine($"Ran      {Path.GetFileName(path)}: {result.CellsRun} cells{(result.FileChanged ? ", outputs saved" : save ? ", outputs unchanged" : string.Empty)}");
            }
            catch (NotebookFormatException ex)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.UsageError;
            }
            catch (OperationCanceledException)
            {
                error.WriteLine("error: cancelled; notebooks not yet saved are unchanged.");
                return ExitCodes.Cancelled;
            }
        }

        return ExitCodes.Success;
    }
}
