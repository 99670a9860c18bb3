namespace Analysis.Core.Actors.Pipeline;

/// <summary>
/// The extraction components in order. Assembling it checks that every annotation a component reads is
/// written by an earlier one, so a reordering mistake fails at once rather than yielding empty results.
/// </summary>
internal sealed class ActorPipeline
{
    private readonly IReadOnlyList<IActorComponent> _components;

    public ActorPipeline(IReadOnlyList<IActorComponent> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in components)
        {
            var missing = component.Reads.Where(r => !written.Contains(r)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The component '{component.Name}' reads {string.Join(", ", missing)}, which no earlier component writes; put a component that writes it first.");
            }

            written.UnionWith(component.Writes);
        }

        _components = components;
    }

    /// <summary>The component names, in order.</summary>
    public IEnumerable<string> Names => _components.Select(c => c.Name);

    /// <summary>Runs every component on <paramref name="document"/>.</summary>
    public void Run(ActorDocument document)
    {
        foreach (var component in _components)
        {
            component.Annotate(document);
        }
    }
}
