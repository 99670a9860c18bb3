namespace Analysis.Core.Actors.Pipeline;

/// <summary>The names of the annotations components read and write.</summary>
internal static class Annotations
{
    public const string Sentences = "sentences";
    public const string Titles = "titles";
    public const string Mentions = "mentions";
}
