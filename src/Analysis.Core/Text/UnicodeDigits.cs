using System.Buffers;

namespace Analysis.Core.Text;

/// <summary>
/// The characters <see cref="char.IsDigit(char)"/> accepts (Unicode decimal digits, which a regex's
/// <c>\d</c> also matches), for a vectorised "has it a digit?" before running a pattern that needs one.
/// </summary>
internal static class UnicodeDigits
{
    /// <summary>Every decimal digit, of every script.</summary>
    public static SearchValues<char> All { get; } = SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsDigit)]);

    /// <summary>True when <paramref name="text"/> holds a decimal digit.</summary>
    public static bool In(ReadOnlySpan<char> text) => text.ContainsAny(All);
}
