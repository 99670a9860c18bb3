using System.Diagnostics.CodeAnalysis;

namespace Analysis.Core.Corpus.Decoding;

/// <summary>
/// What <see cref="TextDecoder.Decode"/> made of a file's bytes: either decoded text or the reason the
/// bytes are not text. Both are expected outcomes over a scraped corpus, so neither is an exception.
/// </summary>
internal sealed record DecodeResult
{
    private DecodeResult(DecodedText? decoded, string? rejectionReason)
    {
        Decoded = decoded;
        RejectionReason = rejectionReason;
    }

    /// <summary>The decoded text; <see langword="null"/> when the bytes were rejected.</summary>
    public DecodedText? Decoded { get; }

    /// <summary>
    /// Why the bytes are not text, e.g. <c>binary file (PNG image)</c>; <see langword="null"/> when decoded.
    /// </summary>
    public string? RejectionReason { get; }

    /// <summary>True when the bytes were read as text.</summary>
    [MemberNotNullWhen(true, nameof(Decoded))]
    [MemberNotNullWhen(false, nameof(RejectionReason))]
    public bool IsDecoded => Decoded is not null;

    /// <summary>A result carrying decoded text.</summary>
    public static DecodeResult Accepted(DecodedText decoded)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        return new DecodeResult(decoded, null);
    }

    /// <summary>A result saying the bytes are not text, and why.</summary>
    public static DecodeResult Rejected(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new DecodeResult(null, reason);
    }

    /// <inheritdoc />
    public override string ToString() =>
        IsDecoded ? $"decoded as {Decoded.Encoding} ({Decoded.Text.Length} chars)" : $"rejected: {RejectionReason}";
}
