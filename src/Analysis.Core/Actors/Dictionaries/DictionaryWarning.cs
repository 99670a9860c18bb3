namespace Analysis.Core.Actors.Dictionaries;

/// <summary>
/// A problem in a dictionary file that does not stop the run but changes what is matched (an alias
/// claimed by two actors, a role in an unknown organization). Never a silent choice: each is reported.
/// </summary>
/// <param name="Location">Where (<c>my-actors.yaml:12:7</c>).</param>
/// <param name="Message">What happened and what the tool did about it.</param>
public sealed record DictionaryWarning(string Location, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Message}";
}
