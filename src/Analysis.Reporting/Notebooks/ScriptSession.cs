using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace Analysis.Reporting.Notebooks;

/// <summary>
/// One notebook's C# state: each cell is a Roslyn script submission continuing the previous one
/// (<see cref="CSharpScript.RunAsync{T}(string, ScriptOptions, object, Type, CancellationToken)"/>, then
/// <see cref="ScriptState.ContinueWithAsync{TResult}(string, ScriptOptions, CancellationToken)"/>), which is
/// how the .NET Interactive C# kernel runs cells: variables, types and usings carry over.
/// </summary>
internal sealed class ScriptSession
{
    // The C# kernel's own imports, so a cell that compiles here compiles in Polyglot Notebooks.
    private static readonly string[] KernelImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private readonly NotebookGlobals _globals = new();
    private ScriptOptions _options;
    private ScriptState<object>? _state;

    public ScriptSession(string notebookPath, bool requireReferencedFiles)
    {
        var folder = Path.GetDirectoryName(notebookPath) ?? Directory.GetCurrentDirectory();
        _options = ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithReferences(LoadedAssemblies.FrameworkReferences)
            .WithImports(KernelImports)
            .WithMetadataResolver(new NotebookMetadataResolver(folder, requireReferencedFiles))
            .WithSourceResolver(new SourceFileResolver([], folder))
            .WithFilePath(notebookPath)

            // Line numbers in a failing cell's stack trace, which the runner reports.
            .WithEmitDebugInformation(true)
            .WithFileEncoding(System.Text.Encoding.UTF8);
    }

    /// <summary>Makes assemblies (those standing in for <c>#r "nuget: …"</c>) visible to this cell and the next ones.</summary>
    public void AddReferences(IEnumerable<MetadataReference> references) => _options = _options.AddReferences(references);

    /// <summary>
    /// Runs one cell. Returns whether it ends with an expression (no semicolon) and that expression's
    /// value, which the kernel shows as the cell's result.
    /// </summary>
    /// <exception cref="CompilationErrorException">The cell does not compile.</exception>
    /// <exception cref="TimeoutException">The cell ran longer than <paramref name="timeout"/>.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public async Task<(bool HasValue, object? Value)> RunAsync(string code, CellOutputs outputs, TimeSpan timeout, CancellationToken cancellationToken)
    {
        _globals.Outputs = outputs;
        using (ConsoleCapture.Into(outputs))
        {
            var options = _options;
            var previous = _state;

            // On a worker thread: a submission runs synchronously up to its first await, so a cell that
            // loops without awaiting would otherwise hold the caller and defeat the timeout. A cell that
            // times out cannot be stopped (.NET cannot abort a thread); it is abandoned with its state.
            var run = Task.Run(
                () => previous is null
                    ? CSharpScript.RunAsync<object>(code, options, _globals, typeof(NotebookGlobals), cancellationToken)
                    : previous.ContinueWithAsync<object>(code, options, cancellationToken),
                cancellationToken);
            _state = await run.WaitAsync(timeout, cancellationToken);
        }

        return (HasValue(_state.Script.GetCompilation()), _state.ReturnValue);
    }

    // What the kernel asks Roslyn (an internal API there): does the submission end with an expression
    // statement without its semicolon, of a type other than void? `x` shows x; `x;` and `display(x)` do not.
    private static bool HasValue(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.LastOrDefault();
        if (tree?.GetRoot() is not CompilationUnitSyntax root
            || root.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement }
            || !statement.SemicolonToken.IsMissing)
        {
            return false;
        }

        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }
}
