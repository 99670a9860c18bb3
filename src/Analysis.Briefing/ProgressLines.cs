using System.Diagnostics;
using Analysis.Core.Corpus;

namespace Analysis.Briefing;

/// <summary>
/// Tells a user watching a long run that it is alive: one plain line every few seconds with the count so
/// far. <see cref="ProgressDisplay"/> uses it when stderr is redirected (a log, a pipe, a test), where a
/// spinner would leave escape codes; a short run prints nothing.
/// </summary>
internal sealed class ProgressLines(TextWriter writer, TimeSpan interval) : IProgress<IngestRecord>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastLine;
    private int _inputs;
    private int _loaded;

    public void Report(IngestRecord value)
    {
        _inputs++;
        _loaded += value.Status == IngestStatus.Loaded ? 1 : 0;
        if (_clock.Elapsed - _lastLine < interval)
        {
            return;
        }

        _lastLine = _clock.Elapsed;
        writer.WriteLine($"… {_inputs:N0} inputs read, {_loaded:N0} articles loaded ({_clock.Elapsed.TotalSeconds:0} s)");
    }
}
