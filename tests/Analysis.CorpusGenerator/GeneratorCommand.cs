using System.CommandLine;
using Analysis.CorpusGenerator.Evaluation;
using Analysis.CorpusGenerator.Output;

namespace Analysis.CorpusGenerator;

/// <summary>The command line: <c>generate</c> a synthetic corpus, <c>evaluate</c> the runner's output against its truth.</summary>
internal static class GeneratorCommand
{
    public static int Run(string[] args)
    {
        var articles = new Option<long>("--articles", "-n") { Description = "How many articles to write.", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write articles/, actors.yaml, aliases.txt, aliases.tsv, truth.csv and dates.csv into.", Required = true };
        var seed = new Option<ulong>("--seed", "-s") { Description = "Random seed: the same seed and count give the same bytes. Default: 1.", DefaultValueFactory = _ => 1UL };
        var generate = new Command("generate", "Writes a deterministic synthetic corpus of French news articles with its actor dictionary and the true actors of each article.")
        {
            articles, output, seed,
        };
        generate.SetAction(parse =>
        {
            var count = parse.GetValue(articles);
            if (count < 1)
            {
                Console.Error.WriteLine("error: --articles must be at least 1.");
                return 1;
            }

            return CorpusWriter.Generate(count, parse.GetValue(output)!, parse.GetValue(seed), Console.Error);
        });

        var truth = new Option<string>("--truth", "-t") { Description = "The generator's truth.csv.", Required = true };
        var data = new Option<string>("--data", "-d") { Description = "The runner's data folder (OUT/data after 'extract --out OUT').", Required = true };
        var root = new Option<string?>("--articles-root") { Description = "The corpus folder, to print example articles as paths you can open." };
        var evaluate = new Command("evaluate", "Prints precision, recall and F1 of the runner's actors against the truth, and the actors most often missed or found wrongly.")
        {
            truth, data, root,
        };
        evaluate.SetAction(parse =>
        {
            try
            {
                return Evaluator.Run(parse.GetValue(truth)!, parse.GetValue(data)!, parse.GetValue(root), Console.Out, Console.Error);
            }
            catch (InvalidDataException ex)
            {
                Console.Error.WriteLine("error: " + ex.Message);
                return 2;
            }
        });

        return new RootCommand("Synthetic corpora for the benchmark, and their evaluation.") { generate, evaluate }.Parse(args).Invoke();
    }
}
