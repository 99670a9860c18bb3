using System.Text;

namespace Analysis.Reporting.Notebooks;

/// <summary>
/// Sends what a cell writes to the console into its outputs, as the kernel does. The console is
/// process-wide, so the redirection follows the running cell (an async-local value) and everything
/// else, such as other tests running at the same time, still reaches the real console.
/// </summary>
internal static class ConsoleCapture
{
    private static readonly AsyncLocal<CellOutputs?> Current = new();
    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>Routes this async flow's console writes to <paramref name="outputs"/> until disposed.</summary>
    public static IDisposable Into(CellOutputs outputs)
    {
        Install();
        var previous = Current.Value;
        Current.Value = outputs;
        return new Restore(previous);
    }

    private static void Install()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            Console.SetOut(new RoutingWriter("stdout", Console.Out));
            Console.SetError(new RoutingWriter("stderr", Console.Error));
            _installed = true;
        }
    }

    private sealed class Restore(CellOutputs? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }

    private sealed class RoutingWriter(string stream, TextWriter original) : TextWriter
    {
        public override Encoding Encoding => original.Encoding;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(string? value)
        {
            if (value is null)
            {
                return;
            }

            if (Current.Value is { } outputs)
            {
                outputs.Write(stream, value);
            }
            else
            {
                original.Write(value);
            }
        }

        public override void Flush() => original.Flush();
    }
}
