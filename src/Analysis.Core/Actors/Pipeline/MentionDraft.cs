using Analysis.Core.Actors.Titles;
using Analysis.Core.Text;

namespace Analysis.Core.Actors.Pipeline;

/// <summary>A mention while the pipeline builds it: components add drafts and later ones fill in titles.</summary>
internal sealed class MentionDraft(int first, int last, TextSpan span, Actor actor, MentionOrigin origin)
{
    /// <summary>Index of the mention's first word.</summary>
    public int First { get; } = first;

    /// <summary>Index of the mention's last word.</summary>
    public int Last { get; } = last;

    /// <summary>Where the mention lies in the document's text.</summary>
    public TextSpan Span { get; } = span;

    /// <summary>The actor it refers to.</summary>
    public Actor Actor { get; } = actor;

    /// <summary>How it was found.</summary>
    public MentionOrigin Origin { get; } = origin;

    /// <summary>The title written next to it, as written; empty when none.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The lexicon entry of <see cref="Title"/>, when there is one.</summary>
    public TitleEntry? TitleEntry { get; set; }
}
