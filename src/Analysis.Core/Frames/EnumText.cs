using System.Collections.Frozen;
using System.Text;

namespace Analysis.Core.Frames;

/// <summary>
/// An enum value as the data files write it, worked out once per value: the files write one per row, and
/// at a hundred thousand articles that is tens of millions of cells.
/// </summary>
internal static class EnumText
{
    /// <summary>Lower case with an underscore between words: <c>TieAppeared</c> → <c>tie_appeared</c>.</summary>
    public static string Snake<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Cache<TEnum>.Snake.TryGetValue(value, out var text) ? text : ToSnake(value.ToString());

    /// <summary>Lower case, words run together: <c>Organization</c> → <c>organization</c>.</summary>
    public static string Lower<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Cache<TEnum>.Lower.TryGetValue(value, out var text) ? text : value.ToString().ToLowerInvariant();

    private static string ToSnake(string text)
    {
        var name = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && i > 0)
            {
                name.Append('_');
            }

            name.Append(char.ToLowerInvariant(text[i]));
        }

        return name.ToString();
    }

    // Only the named values are cached; a value cast from a number outside them is worked out each time,
    // as ToString would.
    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> Snake =
            Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, v => ToSnake(v.ToString()));

        public static readonly FrozenDictionary<TEnum, string> Lower =
            Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, v => v.ToString().ToLowerInvariant());
    }
}
