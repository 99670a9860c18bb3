using ScottPlot;
using SkiaSharp;

namespace Analysis.Core.Charts;

/// <summary>
/// The charts' typeface, DejaVu Sans, shipped inside the assembly and registered with ScottPlot, so a chart
/// looks the same on every machine (a server without fonts, a notebook kernel in a container) and French
/// names ("Célestin Simporé", "Assimi Goïta", « », ’, –) always have their glyphs. The faces come from
/// <see cref="EmbeddedFonts"/>, which the PDF briefing uses too.
/// </summary>
internal static class ChartFonts
{
    /// <summary>
    /// The name the charts ask ScottPlot for. It is not the font's own family name on purpose: ScottPlot caches
    /// typefaces by name, and a name no system font has can never be answered from the cache with an installed
    /// font looked up before this resolver was registered.
    /// </summary>
    public const string Family = "Analysis DejaVu Sans";

    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>The regular face.</summary>
    public static SKTypeface Regular => EmbeddedFonts.Regular;

    /// <summary>The bold face.</summary>
    public static SKTypeface Bold => EmbeddedFonts.Bold;

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
}
