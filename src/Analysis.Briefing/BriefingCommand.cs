using System.CommandLine;

namespace Analysis.Briefing;

/// <summary>The command line: options, help text, and the hand-over to <see cref="BriefingRun"/>.</summary>
internal static class BriefingCommand
{
    public static RootCommand Create(TextWriter output, TextWriter error)
    {
        var corpus = new Option<string>("--corpus", "-c")
        {
            Description = "Folder of articles to read, recursively (.txt, .md, .json, .jsonl, .html). Default: the project's seeds/.",
            HelpName = "DIR",
        };
        var outFolder = new Option<string>("--out", "-o")
        {
            Description = "Folder to write data/*.csv into. Default: the project's reports/.",
            HelpName = "DIR",
        };

        var root = new RootCommand("Reads a folder of news articles and writes the analysis: data/documents.csv and data/ingest.csv (the PDF briefing comes in a later version).")
        {
            corpus,
            outFolder,
        };
        root.SetAction(parse =>
        {
            var current = Directory.GetCurrentDirectory();
            var settings = new RunSettings(
                parse.GetValue(corpus) ?? DefaultPaths.Corpus(current),
                parse.GetValue(outFolder) ?? DefaultPaths.Output(current));
            return new BriefingRun(output, error).Execute(settings);
        });
        return root;
    }
}
