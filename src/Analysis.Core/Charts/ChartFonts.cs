using System.Reflection;
using ScottPlot;
using SkiaSharp;

namespace Analysis.Core.Charts;

/// <summary>
/// The charts' typeface, DejaVu Sans, shipped inside the assembly and registered with ScottPlot, so a chart
/// looks the same on every machine (a server without fonts, a notebook kernel in a container) and French
/// names ("Célestin Simporé", "Assimi Goïta", « », ’, –) always have their glyphs. DejaVu's licence is
/// embedded beside the fonts (<c>Analysis.Core.Charts.Fonts.LICENSE-DejaVu.txt</c>).
/// </summary>
internal static class ChartFonts
{
    /// <summary>
    /// The name the charts ask ScottPlot for. It is not the font's own family name on purpose: ScottPlot caches
    /// typefaces by name, and a name no system font has can never be answered from the cache with an installed
    /// font looked up before this resolver was registered.
    /// </summary>
    public const string Family = "Analysis DejaVu Sans";

    private const string ResourcePrefix = "Analysis.Core.Charts.Fonts.";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>The regular face.</summary>
    public static SKTypeface Regular => RegularFace.Value;

    /// <summary>The bold face.</summary>
    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>
    /// Registers the embedded faces with ScottPlot under <see cref="Family"/>, once per process. Every chart
    /// calls it before it builds anything, so ScottPlot's resolver list never changes under a render.
    /// </summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            // First in the list: ScottPlot asks each resolver in turn and the system one answers every name.
            Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
            _registered = true;
        }
    }

    /// <summary>The licence text of the embedded fonts, for a report's credits.</summary>
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
