using Analysis.Benchmarks.Inputs;
using Analysis.Core.Corpus.Decoding;
using Analysis.Core.Corpus.Formats;
using BenchmarkDotNet.Attributes;

namespace Analysis.Benchmarks.Components;

/// <summary>
/// Bytes to text: <see cref="TextDecoder"/> alone (BOM, binary sniffing, UTF-8 validation or legacy
/// code-page detection), and decoding plus <see cref="TextNormalizer"/> as the plain-text reader does it
/// (<see cref="ByteText"/>: mojibake repair, line ends, control characters, NFC).
/// </summary>
[MemoryDiagnoser]
public class DecodingBenchmarks
{
    private IReadOnlyList<byte[]> _files = [];

    /// <summary>The input set; Seeds1252 exercises legacy code-page detection.</summary>
    [Params(InputSet.Seeds, InputSet.Seeds1252, InputSet.LongPage)]
    public InputSet Input { get; set; }

    /// <summary>Reads the set's files.</summary>
    [GlobalSetup]
    public void Setup() => _files = ArticleSet.Of(Input).Files;

    /// <summary>Decodes every file of the set.</summary>
    [Benchmark(Baseline = true)]
    public int Decode()
    {
        var chars = 0;
        foreach (var file in _files)
        {
            chars += TextDecoder.Decode(file).Decoded!.Text.Length;
        }

        return chars;
    }

    /// <summary>Decodes and normalises every file of the set.</summary>
    [Benchmark]
    public int DecodeAndNormalize()
    {
        var chars = 0;
        foreach (var file in _files)
        {
            chars += ByteText.Decode(file).Text.Length;
        }

        return chars;
    }
}
