namespace Analysis.Reporting.Layout.Text;

/// <summary>A stretch of one line drawn in one run's style: its text (spaces included), where it starts and how wide it is.</summary>
internal readonly record struct LineSegment(TextRun Run, string Text, float X, float Width);
