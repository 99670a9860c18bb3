namespace Analysis.Core.IO;

/// <summary>
/// A temporary file a large run keeps working data in (ties set aside, closed stories) cannot be created,
/// written or read back: a full disk or a temporary folder that cannot be written, the user's to fix. Not an
/// <see cref="IOException"/>, so that callers that report I/O errors as their output folder's do not blame
/// the wrong folder.
/// </summary>
public sealed class TemporaryStorageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TemporaryStorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public TemporaryStorageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public TemporaryStorageException()
    {
    }
}
