using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Changes;
using Analysis.Core.Corpus;
using Analysis.Core.Frames;
using Analysis.Core.Stories;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using ScottPlot;

namespace Analysis.Core.Notebook;

/// <summary>
/// How the library's values look in a notebook. <see cref="Register"/> teaches .NET Interactive's
/// formatter (the one Polyglot Notebooks uses) to show a ScottPlot <see cref="Plot"/> as an image and a
/// DataFrame or one of the library's tables as an HTML table; <see cref="Format(object?)"/> gives the
/// outputs a value would produce, which is what the headless notebook runner writes into the .ipynb.
/// Everything written into HTML is HTML-encoded: article text can contain markup.
/// </summary>
/// <remarks>
/// Like <c>Microsoft.Data.Analysis.Interactive</c>'s kernel extension, this is the only place that knows
/// about notebooks: the rest of the library returns plain data and plots. It depends on the Formatting
/// package only, not on the kernel, so it also runs where the kernel cannot be installed.
/// </remarks>
public static class NotebookDisplay
{
    private static readonly Lock Gate = new();
    private static NotebookDisplayOptions _options = NotebookDisplayOptions.Default;

    /// <summary>The chart size and row limit in use.</summary>
    public static NotebookDisplayOptions Options
    {
        get
        {
            lock (Gate)
            {
                return _options;
            }
        }
    }

    /// <summary>
    /// Registers the formatters (once: calling again is harmless, and re-registers them only if they were
    /// removed, e.g. by <see cref="Formatter.ResetToDefault"/>). Call it in a notebook's setup cell.
    /// </summary>
    /// <param name="options">Chart size and row limit; when given, they replace the ones in use.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size or the row limit in <paramref name="options"/> is not positive.</exception>
    public static void Register(NotebookDisplayOptions? options = null)
    {
        lock (Gate)
        {
            if (options is not null)
            {
                _options = options.Validated();
            }

            if (Formatter.RegisteredFormatters(false).OfType<DelegateFormatter>().Any())
            {
                return;
            }

            Formatter.Register(new DelegateFormatter(typeof(Plot), MimeTypes.Png, (value, writer) => writer.Write(Png((Plot)value, null))));
            Formatter.Register(new DelegateFormatter(typeof(Plot), MimeTypes.Html, (value, writer) => writer.Write(Img((Plot)value, null))));
            Formatter.Register(new DelegateFormatter(typeof(SizedPlot), MimeTypes.Png, (value, writer) => writer.Write(Png(((SizedPlot)value).Plot, (SizedPlot)value))));
            Formatter.Register(new DelegateFormatter(typeof(SizedPlot), MimeTypes.Html, (value, writer) => writer.Write(Img(((SizedPlot)value).Plot, (SizedPlot)value))));

            // PNG first: Jupyter-style front ends and code hosts show it as is; the HTML image is what
            // Polyglot Notebooks prefers. Both carry the same picture.
            Formatter.SetPreferredMimeTypesFor(typeof(Plot), MimeTypes.Png, MimeTypes.Html);
            Formatter.SetPreferredMimeTypesFor(typeof(SizedPlot), MimeTypes.Png, MimeTypes.Html);

            Formatter.Register(new DelegateFormatter(typeof(DataFrame), MimeTypes.Html, (value, writer) =>
            {
                var frame = (DataFrame)value;
                HtmlTable.Write(writer, DataFrameRows.Header(frame), DataFrameRows.Rows(frame), Options.MaxRows);
            }));
            Formatter.SetPreferredMimeTypesFor(typeof(DataFrame), MimeTypes.Html);

            // A load of the runner's files says what it took in, in one line.
            Formatter.Register(new DelegateFormatter(typeof(RunnerDataSummary), MimeTypes.PlainText, (value, writer) => writer.Write(value.ToString())));
            Formatter.SetPreferredMimeTypesFor(typeof(RunnerDataSummary), MimeTypes.PlainText);

            RegisterTableFormatter(CooccurrenceTables.Cooccurrence);
            RegisterTableFormatter(CooccurrenceTables.Network);
            RegisterTableFormatter(CooccurrenceTables.Changes);
            RegisterTableFormatter(CooccurrenceTables.Evidence);
            RegisterTableFormatter(CooccurrenceTables.Stories);
            RegisterTableFormatter(ActorTables.Actors);
            RegisterTableFormatter(ActorTables.Mentions);
            RegisterTableFormatter(ActorTables.Titles);
            RegisterTableFormatter(ActorTables.Kwic);
            RegisterTableFormatter(CorpusTables.Documents);
            RegisterTableFormatter(CorpusTables.Ingest);
        }
    }

    /// <summary>
    /// Shows any sequence of <typeparamref name="T"/> as an HTML table with the columns of
    /// <paramref name="table"/>, for tables defined outside the library. Registers the library's
    /// formatters first if needed.
    /// </summary>
    public static void RegisterTable<T>(Table<T> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        lock (Gate)
        {
            Register();
            RegisterTableFormatter(table);
        }
    }

    /// <summary>
    /// The outputs a value produces in a notebook, by MIME type: the types preferred for the value's type
    /// (<c>image/png</c> and <c>text/html</c> for a chart, <c>text/html</c> for a table,
    /// <c>text/plain</c> for a string). An <c>image/png</c> entry is base64 text, as .ipynb files store it.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Format(object? value) => Format(value, []);

    /// <summary>The outputs of <paramref name="value"/> in the MIME types asked for (all preferred ones when none is).</summary>
    public static IReadOnlyDictionary<string, string> Format(object? value, IReadOnlyCollection<string> mimeTypes)
    {
        ArgumentNullException.ThrowIfNull(mimeTypes);
        Register();
        if (value is null)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal) { [MimeTypes.PlainText] = Formatter.NullString };
        }

        var wanted = mimeTypes.Count > 0 ? mimeTypes : Formatter.GetPreferredMimeTypesFor(value.GetType());
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var (plot, size) = value switch
        {
            Plot p => (p, null),
            SizedPlot s => (s.Plot, s),
            _ => ((Plot?)null, (SizedPlot?)null),
        };
        if (plot is not null && wanted.Contains(MimeTypes.Png) && wanted.Contains(MimeTypes.Html))
        {
            // Rendered once for both outputs: drawing is the slow part.
            var (width, height) = SizeOf(size);
            var png = PlotImages.Png(plot, width, height);
            outputs[MimeTypes.Png] = Convert.ToBase64String(png);
            outputs[MimeTypes.Html] = PlotImages.ImgTag(png, width, height);
        }

        foreach (var mimeType in wanted.Where(m => !outputs.ContainsKey(m)))
        {
            outputs[mimeType] = Formatter.ToDisplayString(value, mimeType);
        }

        return outputs;
    }

    /// <summary>A chart as PNG bytes at the registered default size, e.g. to save it beside the notebook.</summary>
    public static byte[] ToPng(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var (width, height) = SizeOf(null);
        return PlotImages.Png(plot, width, height);
    }

    private static void RegisterTableFormatter<T>(Table<T> table)
    {
        var header = table.Header.ToList();
        Formatter.Register(new DelegateFormatter(typeof(IEnumerable<T>), MimeTypes.Html, (value, writer) =>
            HtmlTable.Write(
                writer,
                header,
                ((IEnumerable<T>)value).Select(row => (IReadOnlyList<string>)table.Columns.Select(c => c.Format(row)).ToArray()),
                Options.MaxRows)));
    }

    private static (int Width, int Height) SizeOf(SizedPlot? size)
    {
        var options = Options;
        return size is null ? (options.PlotWidth, options.PlotHeight) : (size.Width, size.Height);
    }

    private static string Png(Plot plot, SizedPlot? size)
    {
        var (width, height) = SizeOf(size);
        return Convert.ToBase64String(PlotImages.Png(plot, width, height));
    }

    private static string Img(Plot plot, SizedPlot? size)
    {
        var (width, height) = SizeOf(size);
        return PlotImages.ImgTag(PlotImages.Png(plot, width, height), width, height);
    }
}
