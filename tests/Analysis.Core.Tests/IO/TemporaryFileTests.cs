using Analysis.Core.IO;

namespace Analysis.Core.Tests.IO;

public sealed class TemporaryFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("temporary-file-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_GivesBackWhatWasAppended_WhenReadOnSeveralThreadsAtOnce()
    {
        var file = new TemporaryFile(_folder, "test", "keeps test records in");
        var offsets = Enumerable.Range(0, 200).Select(i => file.Append(Enumerable.Repeat((byte)i, 100 + i).ToArray())).ToList();

        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var bytes = new byte[100 + i];
            file.Read(bytes, offsets[i]);
            Assert.All(bytes, b => Assert.Equal((byte)i, b));
        });

        Assert.Equal(Enumerable.Range(0, 200).Sum(i => 100L + i), file.Length);
        file.Close();
    }

    [Fact]
    public void Constructor_LeavesNoNameInTheFolder_WhenTheFileIsOpen()
    {
        var file = new TemporaryFile(_folder, "test", "keeps test records in");
        file.Append([1, 2, 3]);

        Assert.Equal(OperatingSystem.IsWindows() ? 1 : 0, Directory.EnumerateFiles(_folder).Count());
        file.Close();
        Assert.Empty(Directory.EnumerateFiles(_folder));
    }

    [Fact]
    public void Read_ThrowsSayingWhatTheFileWasFor_WhenAskedForMoreThanWasWritten()
    {
        var file = new TemporaryFile(_folder, "test", "keeps test records in");
        file.Append([1, 2, 3]);

        var error = Assert.Throws<TemporaryStorageException>(() => file.Read(new byte[4], 0));

        Assert.Contains("keeps test records in", error.Message, StringComparison.Ordinal);
        Assert.Contains("shorter", error.Message, StringComparison.Ordinal);
        file.Close();
    }

    [Fact]
    public void Append_Throws_WhenTheFileWasClosed()
    {
        var file = new TemporaryFile(_folder, "test", "keeps test records in");
        file.Close();

        Assert.Throws<InvalidOperationException>(() => file.Append([1]));
    }
}
