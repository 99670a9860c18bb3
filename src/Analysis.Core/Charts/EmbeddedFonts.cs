using System.Reflection;
using SkiaSharp;

namespace Analysis.Core.Charts;

/// <summary>
/// DejaVu Sans (regular, bold, oblique, bold oblique), shipped inside the assembly with its licence
/// (<c>Charts/Fonts/LICENSE-DejaVu.txt</c>), so charts and PDF pages look the same on every machine and
/// French names ("Célestin Simporé", "Assimi Goïta", « », ’, –) always have their glyphs. Each face is
/// loaded once per process: the PDF backend embeds one subset per typeface object, so the charts and the
/// text of a briefing share theirs.
/// </summary>
public static class EmbeddedFonts
{
    private const string ResourcePrefix = "Analysis.Core.Charts.Fonts.";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<SKTypeface> ItalicFace = new(() => Load("DejaVuSans-Oblique.ttf"));
    private static readonly Lazy<SKTypeface> BoldItalicFace = new(() => Load("DejaVuSans-BoldOblique.ttf"));

    /// <summary>The regular face.</summary>
    public static SKTypeface Regular => RegularFace.Value;

    /// <summary>The bold face.</summary>
    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>The oblique face, DejaVu Sans's italic.</summary>
    public static SKTypeface Italic => ItalicFace.Value;

    /// <summary>The bold oblique face.</summary>
    public static SKTypeface BoldItalic => BoldItalicFace.Value;

    /// <summary>The face for a weight and a slant.</summary>
    public static SKTypeface Face(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => BoldItalic,
        (true, false) => Bold,
        (false, true) => Italic,
        _ => Regular,
    };

    /// <summary>The licence text of the fonts, for a report's credits.</summary>
    public static string License()
    {
        using var stream = Open("LICENSE-DejaVu.txt");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static SKTypeface Load(string file)
    {
        using var stream = Open(file);
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The embedded font '{file}' could not be read; the build embedded a damaged file.");
    }

    private static Stream Open(string file) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourcePrefix}{file}' is missing from the build.");
}
