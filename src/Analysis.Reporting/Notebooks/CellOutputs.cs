using System.Text;

namespace Analysis.Reporting.Notebooks;

/// <summary>
/// The outputs of one running cell, in the order they happened: console text is gathered into a stream
/// output that is closed whenever something is displayed, as a notebook front end shows them.
/// </summary>
internal sealed class CellOutputs
{
    private readonly Lock _gate = new();
    private readonly List<NotebookOutput> _outputs = [];
    private readonly StringBuilder _text = new();
    private string _stream = "stdout";

    public void Write(string stream, string text)
    {
        lock (_gate)
        {
            if (_stream != stream)
            {
                FlushText();
                _stream = stream;
            }

            _text.Append(text);
        }
    }

    public void Add(NotebookOutput output)
    {
        lock (_gate)
        {
            FlushText();
            _outputs.Add(output);
        }
    }

    public IReadOnlyList<NotebookOutput> Complete()
    {
        lock (_gate)
        {
            FlushText();
            return [.. _outputs];
        }
    }

    private void FlushText()
    {
        if (_text.Length > 0)
        {
            _outputs.Add(NotebookOutput.Stream(_stream, _text.ToString()));
            _text.Clear();
        }
    }
}
