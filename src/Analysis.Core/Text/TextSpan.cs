namespace Analysis.Core.Text;

/// <summary>
/// A range of characters in a document's text. Offsets always point into the document's
/// (normalised) text, never into a cleaned copy, so every annotation can be traced back.
/// </summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no character.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from a start and an exclusive end.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The characters of <paramref name="text"/> this span covers.</summary>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
