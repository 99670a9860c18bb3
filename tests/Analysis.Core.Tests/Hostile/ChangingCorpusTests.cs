using Analysis.Core.Corpus;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.Hostile;

/// <summary>A folder that changes while the run reads it: files deleted, replaced or locked after the listing.</summary>
public sealed class ChangingCorpusTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_ReportsAFileDeletedAfterTheListing_AndReadsTheRest()
    {
        WriteArticles("a.txt", "b.txt", "c.txt");

        var records = LoadChangingAfterFirst(() => File.Delete(Path.Combine(_folder.Path, "b.txt")));

        Assert.Equal(["a.txt", "b.txt", "c.txt"], records.Select(r => r.File));
        Assert.Equal((IngestStatus.Skipped, "disappeared before it could be read"), (records[1].Status, records[1].Reason));
        Assert.Equal(IngestStatus.Loaded, records[2].Status);
    }

    [Fact]
    public void Load_ReportsAFileReplacedByAFolderAfterTheListing_AsUnreadable()
    {
        WriteArticles("a.txt", "b.txt", "c.txt");

        var records = LoadChangingAfterFirst(() =>
        {
            var path = Path.Combine(_folder.Path, "b.txt");
            File.Delete(path);
            Directory.CreateDirectory(path);
        });

        Assert.Equal(IngestStatus.Skipped, records[1].Status);
        Assert.StartsWith("unreadable", records[1].Reason, StringComparison.Ordinal);
        Assert.Equal(IngestStatus.Loaded, records[2].Status);
    }

    [Fact]
    public void Load_ReportsAFileThatGrewPastTheLimit_AfterTheListing()
    {
        WriteArticles("a.txt", "b.txt");
        var options = new CorpusOptions { MaxFileBytes = 4096 };

        var records = LoadChangingAfterFirst(() => File.AppendAllText(Path.Combine(_folder.Path, "b.txt"), new string('x', 8192)), options);

        Assert.Equal(IngestStatus.Skipped, records[1].Status);
        Assert.Contains("grew past the 4 KB limit", records[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReportsAFileMadeUnreadable_WhenPermissionsAreEnforced()
    {
        WriteArticles("a.txt", "b.txt");
        var path = Path.Combine(_folder.Path, "b.txt");
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            return; // root reads a file whatever its mode, and Windows has no Unix modes: nothing to test here.
        }

        var records = LoadChangingAfterFirst(() =>
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.None);
            }
        });

        Assert.Equal(IngestStatus.Skipped, records[1].Status);
        Assert.StartsWith("unreadable", records[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SaysToRenameTheFile_WhenItsNameIsNotValidUtf8()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Only Linux file systems take a name that is not valid UTF-8.
        }

        // .NET can neither make nor delete such a name (it encodes names as UTF-8), so the shell does both;
        // otherwise every run would leave its scratch folder behind.
        RunShell("printf x > \"$(printf 'caf\\351.txt')\"");
        try
        {
            var record = Assert.Single(CorpusLoader.LoadAll(_folder.Path).Ingest);

            Assert.Equal("caf\uFFFD.txt", record.File);
            Assert.Equal((IngestStatus.Skipped, "file name is not valid UTF-8, so the file cannot be opened by it: rename the file"), (record.Status, record.Reason));
        }
        finally
        {
            RunShell("rm -f \"$(printf 'caf\\351.txt')\"");
        }
    }

    private void RunShell(string command)
    {
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh", ["-c", command]) { WorkingDirectory = _folder.Path };
        using var shell = System.Diagnostics.Process.Start(start)!;
        shell.WaitForExit();
    }

    private void WriteArticles(params string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            _folder.Write(names[i], HostileCorpus.Article("Article " + names[i], "Assimi Goïta", i + 1));
        }
    }

    // The loader is lazy: the folder is listed, then each file read as the sequence is pulled, so a change
    // made after the first result lands between the listing and the reading of the others.
    private List<IngestRecord> LoadChangingAfterFirst(Action change, CorpusOptions? options = null)
    {
        var records = new List<IngestRecord>();
        foreach (var result in new CorpusLoader(options).Load(_folder.Path))
        {
            records.Add(result.Record);
            if (records.Count == 1)
            {
                change();
            }
        }

        return records;
    }
}
