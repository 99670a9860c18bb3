using Analysis.Reporting.Output;

namespace Analysis.Reporting.Briefing;

/// <summary>What a run wrote.</summary>
/// <param name="Export">The data files and charts, and the figures behind them.</param>
/// <param name="PdfPath">The briefing's path; null when only the data was extracted.</param>
/// <param name="Pages">The briefing's number of pages; 0 when none was written.</param>
public sealed record BriefingOutcome(ExportSummary Export, string? PdfPath, int Pages);
