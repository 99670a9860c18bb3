namespace Analysis.Reporting.Tests.Layout.Text;

/// <summary>
/// Text a scraped article can carry into a report (titles, outlets, quotations, file names, actor names),
/// by name: theories take the name, since xUnit cannot show or serialise a NUL or half a surrogate pair.
/// </summary>
internal static class HostileText
{
    public const string Replacement = "\uFFFD";

    /// <summary>Each string, and whether a reader must see U+FFFD somewhere in it once drawn.</summary>
    public static readonly IReadOnlyDictionary<string, (string Text, bool Replaced)> Strings = new Dictionary<string, (string, bool)>(StringComparer.Ordinal)
    {
        ["controls"] = ("nul\0esc\u001B[31mbel\u0007del\u007F c1\u0090 fin", true),
        ["bidi"] = ("photo \u202Egnp.exe\u202C \u2066isolé\u2069 \u200Egauche\u200F \u061Cfin", false),
        ["invisible"] = ("a\u200Db\u200Cc\u200Bd\u2060e bom\uFEFFmid in\u00ADformation fin", false),
        ["noncharacters"] = ("non\uFFFE\uFFFF\uFDD0char fin", true),
        ["surrogates"] = ("lone \uD800 and \uDC00 halves fin", true),
        ["zalgo"] = ("zalgo e" + new string('\u0301', 500) + "\u0336 h\u0489\u0489\u0489 fin", false),
        ["emoji"] = ("emoji 😀 👍🏽 👨‍👩‍👧 🇫🇷 🏴󠁧󠁢󠁳󠁣󠁴󠁿 ☺️ fin", true),
        ["scripts"] = ("مرحبا שָׁלוֹם 中文字 ⵜⴰⵎⴰⵣⵉⵖⵜ ߒߞߏ नमस्ते fin", true),
        ["supported"] = ("Célestin Simporé, cœur, Ελλάδα, Москва, مرحبا, שלום, ⵜⴰⵎⴰⵣⵉⵖⵜ fin", false),
        ["long word"] = (new string('x', 5000) + " fin", false),
        ["line breaks"] = ("tab\there\r\ncrlf\rcr\nlf\u0085nel\u2028ls\u2029ps\vvt\fff fin", false),
    };

    /// <summary>The names of <see cref="Strings"/>, for a theory.</summary>
    public static TheoryData<string> Names => [.. Strings.Keys];

    /// <summary>Every string on one line, for a title.</summary>
    public static string Everything => string.Join(" | ", Strings.Values.Select(s => s.Text));

    public static string Text(string name) => Strings[name].Text;
}
