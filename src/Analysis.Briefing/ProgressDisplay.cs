using System.Diagnostics;
using Analysis.Core.Corpus;
using Spectre.Console;

namespace Analysis.Briefing;

/// <summary>
/// How a long run shows that it is alive, on stderr: a spinner with the counts so far on an interactive
/// terminal, or <see cref="ProgressLines"/> (a plain line every few seconds) when stderr is redirected to a
/// file, a pipe or a test. The number of inputs is not known before the corpus has streamed, so neither
/// shows a percentage.
/// </summary>
internal sealed class ProgressDisplay
{
    /// <summary>How often the plain display prints a line.</summary>
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(5);

    private readonly TextWriter _error;
    private readonly IAnsiConsole? _terminal;

    private ProgressDisplay(TextWriter error, IAnsiConsole? terminal)
    {
        _error = error;
        _terminal = terminal;
    }

    /// <summary>Plain lines on <paramref name="error"/>.</summary>
    public static ProgressDisplay Plain(TextWriter error) => new(error, null);

    /// <summary>The spinner when this process's stderr is an interactive terminal that understands ANSI; plain lines otherwise.</summary>
    public static ProgressDisplay ForConsole()
    {
        if (Console.IsErrorRedirected)
        {
            return Plain(Console.Error);
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return new(Console.Error, terminal.Profile.Capabilities is { Interactive: true, Ansi: true } ? terminal : null);
    }

    /// <summary>Runs <paramref name="work"/>, showing the progress it reports while it runs.</summary>
    public T Run<T>(Func<IProgress<IngestRecord>, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_terminal is null)
        {
            return work(new ProgressLines(_error, LineInterval));
        }

        return _terminal.Status()
            .Spinner(Spinner.Known.Dots)
            .Start("Reading the corpus…", status =>
            {
                var spinning = new Spinning(status);
                // The clock ticks on between two inputs, and while the totals and charts are written.
                using var ticks = new Timer(_ => spinning.Show(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
                return work(spinning);
            });
    }

    /// <summary>The spinner's text: inputs read, articles loaded, time so far.</summary>
    private sealed class Spinning(StatusContext status) : IProgress<IngestRecord>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private int _inputs;
        private int _loaded;

        public void Report(IngestRecord value)
        {
            Interlocked.Increment(ref _inputs);
            if (value.Status == IngestStatus.Loaded)
            {
                Interlocked.Increment(ref _loaded);
            }

            Show();
        }

        public void Show() =>
            status.Status = Markup.Escape($"{Volatile.Read(ref _inputs):N0} inputs read, {Volatile.Read(ref _loaded):N0} articles loaded ({_clock.Elapsed.TotalSeconds:0} s)");
    }
}
