using System.Globalization;
using Analysis.Core.Corpus.Decoding;
using static Analysis.Core.Tests.Corpus.Decoding.DecodingFixtures;

namespace Analysis.Core.Tests.Corpus.Decoding;

public class TextDecoderRobustnessTests
{
    private static readonly byte[][] Prefixes =
    [
        [],
        [0xEF, 0xBB, 0xBF],
        [0xFF, 0xFE],
        [0xFE, 0xFF],
        [0xFF, 0xFE, 0x00, 0x00],
        [0x00, 0x00, 0xFE, 0xFF],
        [0x89, 0x50, 0x4E, 0x47],
        [0x4D, 0x5A],
    ];

    [Fact]
    public void Decode_NeverThrows_WhenBytesAreRandom()
    {
        var random = new Random(20241106);
        for (int round = 0; round < 300; round++)
        {
            var body = new byte[random.Next(0, 1500)];
            random.NextBytes(body);
            foreach (var prefix in Prefixes)
            {
                AssertWellFormed(TextDecoder.Decode(Concat(prefix, body)));
            }
        }
    }

    [Fact]
    public void Decode_NeverThrows_WhenInputIsOneOrTwoBytes()
    {
        byte[] seconds = [0x00, 0x01, 0x0A, 0x41, 0x7F, 0x80, 0xA0, 0xA9, 0xBF, 0xC3, 0xE2, 0xF0, 0xFE, 0xFF];
        for (int first = 0; first < 256; first++)
        {
            AssertWellFormed(TextDecoder.Decode([(byte)first]));
            foreach (byte second in seconds)
            {
                AssertWellFormed(TextDecoder.Decode([(byte)first, second]));
            }
        }
    }

    [Fact]
    public void Decode_ReportsAsManyReplacementsAsItMade_WhenUtf8IsRandomlyDamaged()
    {
        var random = new Random(7);
        var clean = Utf8(FrenchParagraph + FrenchParagraph + FrenchParagraph);
        for (int round = 0; round < 200; round++)
        {
            var bytes = (byte[])clean.Clone();
            int damage = random.Next(1, 6);
            for (int d = 0; d < damage; d++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(0x80, 0x100);
            }

            var result = TextDecoder.Decode(bytes);

            AssertWellFormed(result);
            if (result.IsDecoded && result.Decoded.Encoding == "utf-8")
            {
                // The paragraph holds no U+FFFD of its own, so each one in the text is a replacement.
                int inText = result.Decoded.Text.Count(c => c == '\uFFFD');
                int noted = result.Decoded.Notes
                    .Where(note => note.EndsWith("replaced", StringComparison.Ordinal))
                    .Select(note => int.Parse(note.Split(' ')[0], CultureInfo.InvariantCulture))
                    .Sum();
                Assert.Equal(inText, noted);
            }
        }
    }

    [Fact]
    public void Decode_GivesTheSameResults_WhenCalledFromManyThreadsAtOnce()
    {
        // The code pages provider, the encodings and the lookup tables are shared static state.
        byte[][] inputs = [Windows1252.GetBytes(FrenchParagraph), Utf8(FrenchParagraph), Utf16Le(FrenchParagraph)];
        var results = new string[64];

        Parallel.For(0, results.Length, i =>
        {
            var result = TextDecoder.Decode(inputs[i % inputs.Length]);
            results[i] = result.IsDecoded ? result.Decoded.Text : result.RejectionReason;
        });

        Assert.All(results, text => Assert.Equal(FrenchParagraph, text));
    }

    private static void AssertWellFormed(DecodeResult result)
    {
        Assert.NotNull(result);
        if (result.IsDecoded)
        {
            Assert.NotNull(result.Decoded.Text);
            Assert.False(string.IsNullOrEmpty(result.Decoded.Encoding));
            Assert.DoesNotContain('\0', result.Decoded.Text);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(result.RejectionReason));
        }
    }
}
