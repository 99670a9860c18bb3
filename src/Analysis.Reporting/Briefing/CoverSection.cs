using Analysis.Reporting.Fluent;

namespace Analysis.Reporting.Briefing;

/// <summary>The cover: title, subtitle, period covered, the corpus's figures, what was counted, and the generation date.</summary>
internal static class CoverSection
{
    public static void Compose(ContentBuilder cover, BriefingContext context, string title, string period, DateTimeOffset generated)
    {
        var text = context.Text;
        var data = context.Data;
        var network = data.Totals.Settings.Network;
        cover.Spacer(150f);
        cover.Title(title, 26f);
        cover.Paragraph(t => t.Text(text.Subtitle));
        cover.Spacer(30f);
        cover.Table(table =>
        {
            table.Column(1.2f).Column(2.8f).FontSize(10f);
            table.Row(text.PeriodCovered, period);
            table.Row(text.Articles, context.Number(data.Summary.Loaded));
            table.Row(text.Outlets, context.Number(data.Collected.Outlets.Count));
            table.Row(text.Stories, context.Number(data.Totals.Stories.Count));
            table.Row(text.Generated, generated.ToString("d MMMM yyyy", context.Culture));
        });
        cover.Spacer(12f);
        cover.Paragraph(t => t.Muted(text.Format(text.Counting, text.Term(network.Unit), text.Same(network.Window))));
    }
}
