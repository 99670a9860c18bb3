using System.Text;

namespace Analysis.Core.Tests.Corpus.Decoding;

/// <summary>The texts and byte encodings the decoding tests share, built in code rather than committed.</summary>
internal static class DecodingFixtures
{
    /// <summary>
    /// French news prose with é è à ç ô œ, the typographic apostrophe, guillemets, no-break spaces (U+00A0
    /// inside the guillemets and before the semicolon) and a line break. Every character exists in
    /// windows-1252.
    /// </summary>
    public const string FrenchParagraph =
        "Le chef d’état-major général des armées s’est rendu à Gao, où il a reçu les commandants de zone.\n"
        + "«\u00A0La sécurité des populations reste notre priorité\u00A0», a déclaré l’officier, qui a salué "
        + "l’œuvre accomplie. Très tôt lundi, une patrouille a été dépêchée vers Ménaka\u00A0; le bilan reste "
        + "à confirmer.";

    /// <summary>
    /// The same kind of prose restricted to ISO-8859-1, which lacks ’, œ and the windows-1252 extras
    /// (the guillemets exist in it but are left out too, as the brief asks).
    /// </summary>
    public const string Latin1Paragraph =
        "Le chef d'état-major général s'est rendu à Gao, où il a reçu les commandants de zone. "
        + "Très tôt lundi, une patrouille a été dépêchée vers Ménaka\u00A0; le bilan reste à confirmer.";

    static DecodingFixtures() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static Encoding CodePage(int codePage) => Encoding.GetEncoding(codePage);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Utf16Le(string text) => Encoding.Unicode.GetBytes(text);

    public static byte[] Utf16Be(string text) => Encoding.BigEndianUnicode.GetBytes(text);

    public static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    public static byte[] Bytes(params int[] values) => [.. values.Select(v => (byte)v)];

    /// <summary>What a reader that took UTF-8 bytes for windows-1252 would have shown.</summary>
    public static string Mojibake(string text) => Windows1252.GetString(Utf8(text));

    public static byte[] RandomBytes(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
