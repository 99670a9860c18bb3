using Analysis.Core.Cooccurrence;
using Analysis.Reporting.Output;

namespace Analysis.Reporting.Briefing;

/// <summary>Everything the briefing is written from: the export's totals and summary, what the collector kept, and the corpus's name.</summary>
/// <param name="Totals">The figures computed from the whole corpus.</param>
/// <param name="Summary">What was read and written.</param>
/// <param name="Collected">The passages, outlets, dates and problems gathered while streaming.</param>
/// <param name="Focus">The focus actor's ego network; null without a focus.</param>
/// <param name="CorpusName">The corpus folder's name, for the default title.</param>
public sealed record BriefingData(AnalysisTotals Totals, ExportSummary Summary, BriefingCollector Collected, CooccurrenceCounts? Focus, string CorpusName);
