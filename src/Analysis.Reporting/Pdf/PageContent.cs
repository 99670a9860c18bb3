using Analysis.Reporting.Layout;

namespace Analysis.Reporting.Pdf;

/// <summary>What one page holds: the part of the cover or body that fits it.</summary>
internal sealed record PageContent(Block Block, bool IsCover);
