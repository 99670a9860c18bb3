namespace Analysis.Core.Corpus;

/// <summary>Why a listed file could not be opened or read, in the ingest report's words.</summary>
internal static class ReadProblem
{
    public static string Of(string file, Exception exception) => exception switch
    {
        // .NET lists a name that is not valid UTF-8 (Latin-1 names unzipped from a Windows archive) with
        // U+FFFD in place of the bad bytes, and then cannot open the file by that name.
        FileNotFoundException or DirectoryNotFoundException when file.Contains('\uFFFD', StringComparison.Ordinal) =>
            "file name is not valid UTF-8, so the file cannot be opened by it: rename the file",
        FileNotFoundException or DirectoryNotFoundException => "disappeared before it could be read",
        _ => $"unreadable: {exception.Message}",
    };
}
