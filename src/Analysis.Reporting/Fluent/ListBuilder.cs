namespace Analysis.Reporting.Fluent;

/// <summary>Composes the items of a bullet or numbered list.</summary>
public sealed class ListBuilder
{
    private readonly List<Action<TextBuilder>> _items = [];

    internal IReadOnlyList<Action<TextBuilder>> Items => _items;

    /// <summary>An item of plain text.</summary>
    public ListBuilder Item(string text) => Item(t => t.Text(text));

    /// <summary>An item composed of runs.</summary>
    public ListBuilder Item(Action<TextBuilder> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        _items.Add(compose);
        return this;
    }
}
