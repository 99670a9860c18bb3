using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using UtfUnknown;

namespace Analysis.Core.Corpus.Decoding;

/// <summary>
/// Chooses the single-byte code page for bytes that are not UTF-8. The detector is asked, but only a
/// plausible answer for a Sahel news corpus is taken; anything else falls back to windows-1252.
/// </summary>
internal static class LegacyEncodingGuess
{
    // Statistics settle well before this; scanning more would only cost time on large files.
    private const int SampleLength = 64 * 1024;

    // Short French texts draw confident answers such as iso-8859-2 (0.77 for "café"), so confidence
    // alone proves little; a non-Latin answer must also be backed by mostly non-ASCII bytes.
    private const float MinimumConfidence = 0.6f;
    private const int MinimumHighBytePercent = 30;

    private static readonly FrozenDictionary<string, Candidate> Plausible = new Dictionary<string, Candidate>
    {
        // ISO-8859-1 is read as windows-1252, as browsers do: in French text 0x80-0x9F are ’ “ ” œ € …,
        // never C1 controls.
        ["windows-1252"] = new(1252, Script.Latin),
        ["iso-8859-1"] = new(1252, Script.Latin),
        ["ascii"] = new(1252, Script.Latin),
        ["us-ascii"] = new(1252, Script.Latin),
        ["iso-8859-15"] = new(28605, Script.Latin),
        ["windows-1256"] = new(1256, Script.NonLatin),
        ["iso-8859-6"] = new(28596, Script.NonLatin),
        ["windows-1251"] = new(1251, Script.NonLatin),
        ["koi8-r"] = new(20866, Script.NonLatin),
        ["iso-8859-5"] = new(28595, Script.NonLatin),
        ["ibm866"] = new(866, Script.NonLatin),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private enum Script
    {
        Latin,
        NonLatin,
    }

    /// <summary>
    /// The encoding to read <paramref name="bytes"/> with; adds a note to <paramref name="notes"/> unless
    /// the answer is the unremarkable windows-1252.
    /// </summary>
    public static Encoding Choose(ReadOnlySpan<byte> bytes, ICollection<string> notes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleLength)];
        var detected = Detect(sample);
        if (detected is null)
        {
            notes.Add("legacy encoding assumed windows-1252 (detector had no answer)");
            return CodePages.Windows1252;
        }

        string name = detected.EncodingName ?? "unknown";
        string confidence = detected.Confidence.ToString("0.00", CultureInfo.InvariantCulture);
        if (Plausible.TryGetValue(name, out var candidate) && IsBelievable(candidate, detected.Confidence, sample))
        {
            var encoding = CodePages.Get(candidate.CodePage);
            if (candidate.CodePage != 1252)
            {
                notes.Add($"legacy encoding {encoding.WebName} detected (confidence {confidence})");
            }

            return encoding;
        }

        notes.Add($"legacy encoding assumed windows-1252 (detector suggested {name}, confidence {confidence})");
        return CodePages.Windows1252;
    }

    private static DetectionDetail? Detect(ReadOnlySpan<byte> sample)
    {
        try
        {
            return CharsetDetector.DetectFromBytes(sample).Detected;
        }
#pragma warning disable CA1031 // The detector is third-party code run over millions of scraped files:
        // one bug on one odd file must cost a guess, not the batch.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static bool IsBelievable(Candidate candidate, float confidence, ReadOnlySpan<byte> sample)
    {
        bool isIso8859 = candidate.CodePage is >= 28591 and <= 28605;

        // 0x80-0x9F are C1 controls in every ISO-8859 part, so their presence means a windows code page.
        if (isIso8859 && sample.IndexOfAnyInRange((byte)0x80, (byte)0x9F) >= 0)
        {
            return false;
        }

        if (candidate.Script == Script.Latin)
        {
            return true;
        }

        int highBytes = sample.Length - CountAscii(sample);
        return confidence >= MinimumConfidence && highBytes * 100L >= sample.Length * (long)MinimumHighBytePercent;
    }

    private static int CountAscii(ReadOnlySpan<byte> sample)
    {
        int ascii = 0;
        foreach (byte b in sample)
        {
            ascii += b < 0x80 ? 1 : 0;
        }

        return ascii;
    }

    private readonly record struct Candidate(int CodePage, Script Script);
}
