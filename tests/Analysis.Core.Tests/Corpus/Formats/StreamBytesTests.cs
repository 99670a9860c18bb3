using Analysis.Core.Corpus.Formats;

namespace Analysis.Core.Tests.Corpus.Formats;

/// <summary>
/// Reading a file whole within a limit: the size the file system lists is a first guess only (a file still
/// being written, a /proc file listed as empty, a pipe), so what counts is what the read returns.
/// </summary>
public sealed class StreamBytesTests
{
    [Fact]
    public void AtMost_ReturnsTheWholeFile_WhenItIsAsLongAsListed()
    {
        var content = Content(5000);
        Assert.Equal(content, StreamBytes.AtMost(new ListedStream(content, listed: 5000), limit: 10_000));
    }

    [Fact]
    public void AtMost_ReadsOnPastTheListedSize_WhenTheFileGrewSinceItWasListed()
    {
        // More than one pooled chunk (64 KB) past the listed size.
        var content = Content(200_000);
        Assert.Equal(content, StreamBytes.AtMost(new ListedStream(content, listed: 1000), limit: 1_000_000));
    }

    [Fact]
    public void AtMost_ReadsTheWholeStream_WhenItsSizeIsListedAsNothing()
    {
        var content = Content(3000);
        Assert.Equal(content, StreamBytes.AtMost(new ListedStream(content, listed: 0), limit: 10_000));
    }

    [Fact]
    public void AtMost_ReadsTheWholeStream_WhenItCannotSeek()
    {
        var content = Content(150_000);
        Assert.Equal(content, StreamBytes.AtMost(new ListedStream(content, listed: 0, canSeek: false), limit: 1_000_000));
    }

    [Fact]
    public void AtMost_ReturnsWhatIsThere_WhenTheFileShrankSinceItWasListed()
    {
        var content = Content(800);
        Assert.Equal(content, StreamBytes.AtMost(new ListedStream(content, listed: 2000), limit: 10_000));
    }

    [Theory]
    [InlineData(4000, true)]
    [InlineData(1000, true)]
    [InlineData(1_000_000, true)]
    [InlineData(0, false)]
    public void AtMost_ReturnsNull_WhenTheFileHasOneByteMoreThanTheLimit(long listed, bool canSeek)
    {
        Assert.Null(StreamBytes.AtMost(new ListedStream(Content(4001), listed, canSeek), limit: 4000));
    }

    [Theory]
    [InlineData(4000, true)]
    [InlineData(1000, true)]
    [InlineData(0, false)]
    public void AtMost_ReturnsTheFile_WhenItHasExactlyTheLimit(long listed, bool canSeek)
    {
        var content = Content(4000);
        Assert.Equal(content, StreamBytes.AtMost(new ListedStream(content, listed, canSeek), limit: 4000));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(0, false)]
    public void AtMost_ReturnsNoBytes_WhenTheFileIsEmpty(long listed, bool canSeek)
    {
        Assert.Equal(Array.Empty<byte>(), StreamBytes.AtMost(new ListedStream([], listed, canSeek), limit: 4000));
    }

    [Fact]
    public void AtMost_ReadsFromWhereTheStreamStands_WhenPartOfItWasReadBefore()
    {
        // As a JSON Lines file is, after its first bytes were looked at.
        var content = Content(5000);
        var stream = new ListedStream(content, listed: 5000);
        stream.Position = 1000;
        Assert.Equal(content[1000..], StreamBytes.AtMost(stream, limit: 4000));
    }

    [Fact]
    public void AtMost_ReturnsNull_WhenTheLimitIsNegative()
    {
        Assert.Null(StreamBytes.AtMost(new ListedStream(Content(10), listed: 10), limit: -1));
    }

    private static byte[] Content(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)('a' + (i % 26));
        }

        return bytes;
    }

    // A stream whose listed length is not its content's, as a file's size can be by the time it is read.
    private sealed class ListedStream(byte[] content, long listed, bool canSeek = true) : MemoryStream(content, writable: false)
    {
        public override bool CanSeek => canSeek;

        public override long Length => canSeek ? listed : throw new NotSupportedException();
    }
}
