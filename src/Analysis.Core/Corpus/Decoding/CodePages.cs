using System.Text;

namespace Analysis.Core.Corpus.Decoding;

/// <summary>
/// Access to the legacy code pages, which .NET only provides once <see cref="CodePagesEncodingProvider"/>
/// is registered.
/// </summary>
internal static class CodePages
{
    // Static field initialisers run once, in textual order, under the runtime's type-initialisation
    // lock: registration is thread-safe and happens before the first lookup below.
    private static readonly bool Registered = Register();

    /// <summary>Windows-1252, the default for legacy French text (and what browsers use for ISO-8859-1).</summary>
    public static Encoding Windows1252 { get; } = Get(1252);

    /// <summary>The encoding for <paramref name="codePage"/>, with the provider registered.</summary>
    /// <exception cref="NotSupportedException">The code page is unknown even to the provider.</exception>
    public static Encoding Get(int codePage)
    {
        _ = Registered;
        return Encoding.GetEncoding(codePage);
    }

    private static bool Register()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }
}
