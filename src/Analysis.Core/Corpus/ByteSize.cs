using System.Globalization;

namespace Analysis.Core.Corpus;

/// <summary>Sizes as the ingest report writes them: "200 MB", "4 KB".</summary>
internal static class ByteSize
{
    public static string Format(long bytes) => bytes >= 1048576
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");
}
