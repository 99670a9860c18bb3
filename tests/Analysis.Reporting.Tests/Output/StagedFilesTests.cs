using Analysis.Reporting.Output;

namespace Analysis.Reporting.Tests.Output;

public sealed class StagedFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("staged-files-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void WriteAll_WritesOneFileAtATime_WhenGivenOneThread()
    {
        // Four slow writers: on any machine with two cores, unbounded they would overlap.
        var running = 0;
        var most = 0;
        using var files = new StagedFiles(OutputFolder.Prepare(_root));
        void Slow(TextWriter writer)
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            Thread.Sleep(60);
            writer.Write("x");
            Interlocked.Decrement(ref running);
        }

        files.WriteAll([("a.csv", Slow), ("b.csv", Slow), ("c.csv", Slow), ("d.csv", Slow)], threads: 1);
        files.CommitAll();

        Assert.Equal(1, most);
        Assert.All(["a.csv", "b.csv", "c.csv", "d.csv"], name => Assert.Equal("x", File.ReadAllText(Path.Combine(_root, "data", name))));
    }

    [Fact]
    public void WriteAll_Throws_WhenGivenNoThread()
    {
        using var files = new StagedFiles(OutputFolder.Prepare(_root));

        Assert.Throws<ArgumentOutOfRangeException>(() => files.WriteAll([("a.csv", w => w.Write("x"))], threads: 0));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
            seen = Volatile.Read(ref target);
        }
    }
}
