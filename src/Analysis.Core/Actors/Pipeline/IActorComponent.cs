namespace Analysis.Core.Actors.Pipeline;

/// <summary>
/// One step of the extraction pipeline. A component reads some annotations of an
/// <see cref="ActorDocument"/> and writes others; it declares both so that the pipeline can check, when
/// it is assembled, that every annotation is written before it is read.
/// </summary>
internal interface IActorComponent
{
    /// <summary>The component's name, for messages.</summary>
    string Name { get; }

    /// <summary>The annotations it needs (<c>sentences</c>, <c>titles</c>, <c>mentions</c>).</summary>
    IReadOnlyList<string> Reads { get; }

    /// <summary>The annotations it adds to.</summary>
    IReadOnlyList<string> Writes { get; }

    /// <summary>Annotates <paramref name="document"/>.</summary>
    void Annotate(ActorDocument document);
}
