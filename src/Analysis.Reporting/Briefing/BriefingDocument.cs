using Analysis.Core.Actors.Dictionaries;
using Analysis.Reporting.Fluent;

namespace Analysis.Reporting.Briefing;

/// <summary>
/// Composes the briefing from the analysis (cover, contents, key findings, actors, co-occurrence over time,
/// the focus actor, method and limits, annexes) and writes it as a PDF. The sections only read
/// <see cref="BriefingData"/>; every fixed word comes from <see cref="BriefingStrings"/>.
/// </summary>
public static class BriefingDocument
{
    /// <summary>Writes the briefing of <paramref name="data"/> to <paramref name="path"/> (atomically) and returns its number of pages.</summary>
    /// <exception cref="Layout.LayoutException">The briefing cannot be laid out.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static int Write(BriefingData data, ActorDictionary dictionary, string path, BriefingOptions? options = null) =>
        Compose(data, dictionary, options).WritePdf(path);

    /// <summary>The briefing of <paramref name="data"/>, composed and ready to be written (a notebook can write it to a stream).</summary>
    public static DocumentBuilder Compose(BriefingData data, ActorDictionary dictionary, BriefingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(dictionary);
        options ??= BriefingOptions.Default;
        var context = new BriefingContext(data, options);
        var text = context.Text;
        var title = string.IsNullOrWhiteSpace(options.Title) ? text.Format(text.DefaultTitle, data.CorpusName) : options.Title.Trim();
        var collected = data.Collected;
        var period = collected.First.IsKnown ? $"{context.Date(collected.First)} – {context.Date(collected.Last)}" : text.NoDates;
        var generated = options.Generated ?? DateTimeOffset.UtcNow;
        var document = new DocumentBuilder(new DocumentSettings
        {
            PageSize = options.PageSize,
            Title = title,
            Subject = text.Subtitle,
            Author = "Analysis.Briefing",
            Keywords = string.Join(", ", data.Totals.Actors.Take(8).Select(a => a.Actor.Name)),
            Creator = "Analysis.Briefing (actor co-occurrence notebooks and briefings)",
            Created = generated,
            HeaderRight = period,
            Footer = (page, pages) => text.Format(text.Footer, page, pages),
            FrenchTypography = options.Language == BriefingLanguage.French,
        });
        document.Cover(cover => CoverSection.Compose(cover, context, title, period, generated));
        document.Content(content =>
        {
            content.TableOfContents(text.Contents);
            content.PageBreak();
            FindingsSection.Compose(content, context);
            ActorsSection.Compose(content, context);
            CooccurrenceSection.Compose(content, context);
            FocusSection.Compose(content, context);
            MethodSection.Compose(content, context, dictionary);
            AnnexSection.Compose(content, context);
        });
        return document;
    }
}
