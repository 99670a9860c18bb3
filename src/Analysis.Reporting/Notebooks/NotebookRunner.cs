using Analysis.Core.Notebook;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace Analysis.Reporting.Notebooks;

/// <summary>
/// Runs a notebook headless, as VS Code Polyglot Notebooks would: every code cell in order, in one fresh
/// C# script state, with the kernel's directives (<c>#r "nuget: …"</c> checked against
/// Directory.Packages.props, <c>#r "path.dll"</c>, <c>#load "file.csx"</c>) and its <c>display(...)</c>.
/// Stops at the first cell that fails; when all succeed, can write the outputs back into the .ipynb.
/// </summary>
public static class NotebookRunner
{
    /// <summary>The tag of a cell that must display an image (a chart).</summary>
    public const string ChartTag = "chart";

    // The current folder is the process's: notebooks run one at a time so each can have its own.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Runs a notebook and waits for it; see <see cref="RunAsync"/>.</summary>
    public static NotebookRunResult Run(string path, NotebookRunOptions? options = null) =>
        RunAsync(path, options).GetAwaiter().GetResult();

    /// <summary>Runs every code cell of the notebook at <paramref name="path"/> in order.</summary>
    /// <returns>The outcome: the failing cell if any, and the notebook with its outputs.</returns>
    /// <exception cref="NotebookFormatException">The file is not a notebook, or the package versions file is unreadable.</exception>
    /// <exception cref="IOException">The notebook cannot be read or saved.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<NotebookRunResult> RunAsync(string path, NotebookRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);

        // Cells run in the notebook's folder, as the kernel runs them, so a relative path in a cell (or
        // ProjectFolders' search for seeds/) means the same headless as in VS Code.
        await OneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(Path.GetDirectoryName(full)!);
            return await RunInFolderAsync(full, options ?? NotebookRunOptions.Default, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
            OneAtATime.Release();
        }
    }

    private static async Task<NotebookRunResult> RunInFolderAsync(string full, NotebookRunOptions options, CancellationToken cancellationToken)
    {
        var notebook = Notebook.Load(full);
        var folder = Path.GetDirectoryName(full)!;
        var pins = new Lazy<PackagePins?>(() =>
            (options.PackageVersionsFile ?? PackagePins.Find(folder)) is { } props ? PackagePins.Load(props) : null);
        var session = new ScriptSession(full, options.RequireReferencedFiles);

        // Registered as the notebook's setup cell would: the runner formats with the same formatters.
        NotebookDisplay.Register();

        var number = 0;
        foreach (var cell in notebook.CodeCells)
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            var outputs = new CellOutputs();
            var failure = await RunCellAsync(session, cell, number, outputs, pins, options, cancellationToken);
            var produced = outputs.Complete();
            if (failure is not null)
            {
                var failed = new NotebookCellFailure(full, number, cell.Index, failure.Value.Kind, failure.Value.Message);
                cell.SetOutputs([.. produced, NotebookOutput.Error(failure.Value.Kind.ToString(), failed.ToString())], number);
                return new NotebookRunResult(full, notebook, number - 1, failed, FileChanged: false);
            }

            cell.SetOutputs(produced, number);
        }

        var changed = options.Save && notebook.Save(full);
        return new NotebookRunResult(full, notebook, number, null, changed);
    }

    private static async Task<(NotebookFailureKind Kind, string Message)?> RunCellAsync(
        ScriptSession session,
        NotebookCell cell,
        int number,
        CellOutputs outputs,
        Lazy<PackagePins?> pins,
        NotebookRunOptions options,
        CancellationToken cancellationToken)
    {
        if (cell.KernelName is not ("csharp" or "C#" or "c#"))
        {
            return (NotebookFailureKind.Directive, $"the cell runs in the \"{cell.KernelName}\" kernel; the headless runner runs C# cells only");
        }

        var prepared = CellDirectives.Prepare(cell.Source);
        if (prepared.Problems.Count > 0)
        {
            return (NotebookFailureKind.Directive, string.Join("; ", prepared.Problems));
        }

        var references = new List<MetadataReference>();
        foreach (var package in prepared.Packages)
        {
            if (PackageProblem(package, pins.Value) is { } problem)
            {
                return (NotebookFailureKind.Directive, $"line {package.Line}: {problem}");
            }

            references.Add(LoadedAssemblies.ForPackage(package.Name)!);
        }

        session.AddReferences(references);
        if (string.IsNullOrWhiteSpace(prepared.Code))
        {
            return null;
        }

        try
        {
            var (hasValue, value) = await session.RunAsync(prepared.Code, outputs, options.CellTimeout, cancellationToken);
            if (hasValue)
            {
                outputs.Add(NotebookOutput.Result(NotebookDisplay.Format(value), number));
            }
        }
        catch (CompilationErrorException e)
        {
            return (NotebookFailureKind.Compilation, string.Join("\n", e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Describe)));
        }
        catch (TimeoutException)
        {
            return (NotebookFailureKind.Timeout, $"still running after {options.CellTimeout.TotalSeconds:0.#} s (NotebookRunOptions.CellTimeout)");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (NotebookFailureKind.Runtime, RuntimeMessage(e));
        }

        return cell.Tags.Contains(ChartTag) && !outputs.Complete().Any(o => o.HasImage)
            ? (NotebookFailureKind.MissingChart, "display a Plot (display(plot) or a plot as the last expression) or remove the tag")
            : null;
    }

    private static string? PackageProblem(PackageReference package, PackagePins? pins)
    {
        if (pins is null)
        {
            return $"{package.Directive}: no Directory.Packages.props was found above the notebook to check its version against; set NotebookRunOptions.PackageVersionsFile";
        }

        if (pins.Check(package) is { } mismatch)
        {
            return mismatch;
        }

        return LoadedAssemblies.ForPackage(package.Name) is null
            ? $"{package.Directive}: the runner cannot restore packages and its process has no {package.Name}.dll; reference {package.Name} from the project that runs the notebooks"
            : null;
    }

    private static string RuntimeMessage(Exception exception)
    {
        // The innermost frame of the cell's own code: where in the cell the exception surfaced.
        var line = new System.Diagnostics.StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .Where(f => f.GetFileName()?.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase) == true)
            .Select(f => f.GetFileLineNumber())
            .FirstOrDefault(l => l > 0);
        return $"{exception.GetType().FullName}: {exception.Message}" + (line > 0 ? $" (line {line} of the cell)" : string.Empty);
    }

    // "(3,5): error CS0103: …" with the position inside the cell (the notebook's path left out: the
    // failure names it once).
    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var where = span.IsValid && diagnostic.Location.IsInSource
            ? $"({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})"
            : string.Empty;
        var file = span.IsValid && !string.IsNullOrEmpty(span.Path) && !span.Path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase)
            ? Path.GetFileName(span.Path)
            : string.Empty;
        return $"{file}{where}: error {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
