using Analysis.Core.IO;
using Analysis.Core.Tests.Hostile;
using Analysis.Core.Tests.Support;

namespace Analysis.Core.Tests.IO;

public sealed class RealPathTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Of_FollowsALinkInTheMiddle_AndKeepsThePartsThatDoNotExistYet()
    {
        var target = Directory.CreateDirectory(Path.Combine(_folder.Path, "corpus", "2024")).FullName;
        var link = Path.Combine(_folder.Path, "shortcut");
        if (!HostileCorpus.TryLinkFolder(link, target))
        {
            return; // No symbolic links without the privilege on Windows.
        }

        Assert.Equal(Path.Combine(RealPath.Of(target), "out", "data"), RealPath.Of(Path.Combine(link, "out", "data")));
    }

    [Fact]
    public void IsSameOrInside_SeesThroughALink_WhereTheWrittenPathsLookUnrelated()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_folder.Path, "corpus")).FullName;
        var link = Path.Combine(_folder.Path, "elsewhere");
        if (!HostileCorpus.TryLinkFolder(link, corpus))
        {
            return;
        }

        Assert.True(RealPath.IsSameOrInside(Path.Combine(link, "reports"), corpus));
        Assert.False(RealPath.IsSameOrInside(Path.Combine(_folder.Path, "corpus-reports"), corpus));
        Assert.True(RealPath.IsSameOrInside(corpus, link));
    }

    [Fact]
    public void Of_FollowsAChainOfRelativeLinks_ToTheFolderAtItsEnd()
    {
        var target = Directory.CreateDirectory(Path.Combine(_folder.Path, "corpus", "sub")).FullName;
        if (!HostileCorpus.TryLinkFolder(Path.Combine(_folder.Path, "a"), "corpus")
            || !HostileCorpus.TryLinkFolder(Path.Combine(_folder.Path, "b"), Path.Combine("a", "sub")))
        {
            return;
        }

        Assert.Equal(Path.Combine(RealPath.Of(target), "out"), RealPath.Of(Path.Combine(_folder.Path, "b", "out")));
    }

    [Fact]
    public void Of_Throws_WhenTheLinksLoop()
    {
        if (!HostileCorpus.TryLinkFolder(Path.Combine(_folder.Path, "loop"), "loop"))
        {
            return;
        }

        Assert.Throws<IOException>(() => RealPath.Of(Path.Combine(_folder.Path, "loop", "out")));
    }
}
