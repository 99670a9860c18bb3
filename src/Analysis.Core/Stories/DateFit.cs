namespace Analysis.Core.Stories;

/// <summary>How a document's date relates to a story's dates.</summary>
internal enum DateFit
{
    /// <summary>Too far apart: the document cannot join the story.</summary>
    Incompatible,

    /// <summary>Both are dated to the day or the month, within the allowed gap: the usual threshold applies.</summary>
    Dated,

    /// <summary>One side is undated or dated only to the year: nothing rules the match out, and nothing supports it, so the stricter threshold applies.</summary>
    Weak,
}
