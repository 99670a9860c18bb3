using System.CommandLine;
using Analysis.Reporting.Briefing;
using Analysis.Reporting.Fluent;

namespace Analysis.Briefing;

/// <summary>The options of the PDF briefing, which only the root command writes (<c>extract</c> has none of them).</summary>
internal sealed class PdfOptions
{
    private static readonly (string Name, BriefingLanguage? Value)[] Languages =
    [
        ("en", BriefingLanguage.English),
        ("fr", BriefingLanguage.French),
    ];

    private static readonly (string Name, PageSize? Value)[] PageSizes =
    [
        ("a4", PageSize.A4),
        ("letter", PageSize.Letter),
    ];

    private readonly Option<string?> _title = new("--title")
    {
        Description = "Title on the briefing's cover and in its running header. Default: one made from the corpus.",
        HelpName = "TEXT",
        CustomParser = OptionParsers.Text,
    };

    private readonly Option<BriefingLanguage?> _language = new("--lang")
    {
        Description = "Language of the briefing's own text and of its charts: en or fr (quotes from articles stay in theirs). Default: en.",
        HelpName = "LANG",
        CustomParser = result => OptionParsers.Choice(result, Languages, "language"),
    };

    private readonly Option<PageSize?> _pageSize = new("--page-size")
    {
        Description = "Paper size of the briefing: a4 or letter. Default: a4.",
        HelpName = "SIZE",
        CustomParser = result => OptionParsers.Choice(result, PageSizes, "page size"),
    };

    private readonly Option<string?> _focus = new("--focus")
    {
        Description = "An actor given a section of its own in the briefing (its ego network and ties), by name or id; case and accents are ignored. Default: none.",
        HelpName = "NAME",
        CustomParser = OptionParsers.Text,
    };

    /// <summary>Adds the briefing's options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_title);
        command.Options.Add(_language);
        command.Options.Add(_pageSize);
        command.Options.Add(_focus);
    }

    /// <summary>The briefing <paramref name="parse"/> asks for.</summary>
    public BriefingOptions Read(ParseResult parse) => new()
    {
        Title = parse.GetValue(_title),
        Language = parse.GetValue(_language) ?? BriefingLanguage.English,
        PageSize = parse.GetValue(_pageSize) ?? PageSize.A4,
        Focus = parse.GetValue(_focus),
    };
}
