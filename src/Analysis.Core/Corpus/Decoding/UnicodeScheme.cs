namespace Analysis.Core.Corpus.Decoding;

/// <summary>A Unicode encoding with its byte order, as announced by a byte order mark or inferred.</summary>
internal enum UnicodeScheme
{
    /// <summary>UTF-8.</summary>
    Utf8,

    /// <summary>UTF-16, little-endian.</summary>
    Utf16LE,

    /// <summary>UTF-16, big-endian.</summary>
    Utf16BE,

    /// <summary>UTF-32, little-endian.</summary>
    Utf32LE,

    /// <summary>UTF-32, big-endian.</summary>
    Utf32BE,
}
