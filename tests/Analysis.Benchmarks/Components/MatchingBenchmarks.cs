using Analysis.Benchmarks.Inputs;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Actors.Matching;
using Analysis.Core.Actors.Titles;
using BenchmarkDotNet.Attributes;

namespace Analysis.Benchmarks.Components;

/// <summary>
/// Dictionary matching: the default dictionary's <see cref="AliasAutomaton"/> (built once, as an extractor
/// does) over prepared word lists; the word list itself (<see cref="TokenList.Create"/>: word offsets and
/// the folded copy of the text), which every document needs first; and the title lexicon's pass over the
/// same words, the other trie walk of the pipeline.
/// </summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private readonly AliasAutomaton _automaton = ActorDictionary.Default.BuildAutomaton();
    private readonly TitleLexicon _titles = TitleLexicon.Default;
    private List<string> _texts = [];
    private List<TokenList> _tokens = [];

    /// <summary>The input set.</summary>
    [Params(InputSet.Seeds, InputSet.LongPage)]
    public InputSet Input { get; set; }

    /// <summary>Builds the set's documents and their word lists (not measured).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _texts = [.. PreparedArticles.Build(Input).Select(d => d.Text)];
        _tokens = [.. _texts.Select(TokenList.Create)];
    }

    /// <summary>Finds the dictionary's names in every document of the set.</summary>
    [Benchmark(Baseline = true)]
    public int FindAliases()
    {
        var matches = 0;
        foreach (var tokens in _tokens)
        {
            matches += _automaton.FindAll(tokens).Count;
        }

        return matches;
    }

    /// <summary>Splits every text of the set into words (offsets and folded forms).</summary>
    [Benchmark]
    public int Tokenize()
    {
        var words = 0;
        foreach (var text in _texts)
        {
            words += TokenList.Create(text).Count;
        }

        return words;
    }

    /// <summary>Finds the titles, ranks and offices in every document of the set.</summary>
    [Benchmark]
    public int FindTitles()
    {
        var matches = 0;
        foreach (var tokens in _tokens)
        {
            matches += _titles.FindAll(tokens).Count;
        }

        return matches;
    }
}
