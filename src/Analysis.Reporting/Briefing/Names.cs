namespace Analysis.Reporting.Briefing;

/// <summary>Names for a finding's sentence, written "A, B and C" with each name in bold.</summary>
internal sealed record Names(IReadOnlyList<string> Items);

/// <summary>Text for a finding's sentence that is not a name (a date, a title), written plain.</summary>
internal sealed record Plain(string Text)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
