using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Analysis.Core.Tests.Properties;

/// <summary>
/// Runs FsCheck properties with a fixed seed, so a property that fails in CI fails the same way on any
/// machine, and with a shrinker that cuts the failing input down to the few characters that matter.
/// FUZZ_SEED (a number) and FUZZ_SCALE (a multiplier of the case counts) let a developer search further
/// than the suite does on every build.
/// </summary>
internal static class PropertyCheck
{
    private const ulong DefaultSeed = 20_250_707;

    private static readonly ulong Seed = ulong.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : DefaultSeed;

    private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SCALE"), NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1;

    /// <summary>
    /// Checks <paramref name="property"/> on <paramref name="cases"/> inputs; on failure throws with the
    /// seed, the original input and the shrunk one (their <see cref="object.ToString"/>), and the exception.
    /// </summary>
    public static void ForAll<T>(Gen<T> generator, int cases, Action<T> property, Func<T, IEnumerable<T>>? shrink = null)
    {
        var arbitrary = shrink is null ? Arb.From(generator) : Arb.From(generator, shrink);
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(cases * Scale)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(Seed, 0x9E3779B97F4A7C15UL | 1), FSharpOption<int>.None)));
        Check.One(config, Prop.ForAll(arbitrary, property));
    }

    /// <summary>
    /// Candidates smaller than <paramref name="items"/>: halves, then ever smaller chunks removed, then
    /// (for short inputs) single items, so a failing input shrinks to a minimal one in a few dozen steps.
    /// </summary>
    public static IEnumerable<T[]> Smaller<T>(T[] items)
    {
        if (items.Length == 0)
        {
            yield break;
        }

        for (var chunk = Math.Max(1, items.Length / 2); chunk >= 1; chunk /= 2)
        {
            // Far apart cuts first: the shrinker takes the first candidate that still fails.
            var step = Math.Max(chunk, items.Length / 64);
            for (var start = 0; start + chunk <= items.Length; start += step)
            {
                yield return [.. items.AsSpan(0, start), .. items.AsSpan(start + chunk)];
            }

            if (chunk == 1)
            {
                break;
            }
        }
    }

    /// <summary>Text made printable for a failure message: controls, non-ASCII and surrogates as escapes.</summary>
    public static string Show(string text, int limit = 4000)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text.Length > limit ? text[..limit] : text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                _ when c is >= ' ' and <= '~' => c.ToString(),
                _ => $"\\u{(int)c:X4}",
            });
        }

        return builder.Append(text.Length > limit ? "\"…" : "\"").ToString();
    }

    /// <summary>Bytes made printable: ASCII as text, everything else as \xNN.</summary>
    public static string Show(byte[] bytes, int limit = 4000)
    {
        var builder = new StringBuilder("b\"");
        foreach (var b in bytes.Length > limit ? bytes[..limit] : bytes)
        {
            builder.Append(b switch
            {
                (byte)'"' => "\\\"",
                (byte)'\\' => "\\\\",
                (byte)'\n' => "\\n",
                >= (byte)' ' and <= (byte)'~' => ((char)b).ToString(),
                _ => $"\\x{b:X2}",
            });
        }

        return builder.Append(bytes.Length > limit ? "\"…" : "\"").ToString();
    }
}
