using System.Text;
using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Corpus;
using Analysis.Core.Text;

namespace Analysis.Reporting.Briefing;

/// <summary>
/// The passages the briefing may cite, kept on disk while the corpus streams past and read back by the
/// handle <see cref="Add"/> returned. A passage is quoted text, hundreds of bytes, and one is kept for every
/// tie of every period: held in memory they grew with the corpus (a gigabyte at 100,000 articles) while the
/// briefing quotes a few dozen. An article's card is written once, before the first of its passages.
/// The file is deleted when the store is disposed.
/// </summary>
internal sealed class PassageStore : IDisposable
{
    private readonly FileStream _file;
    private readonly BinaryWriter _writer;
    private readonly BinaryReader _reader;

    // Passages name actors by id; the actors themselves are few and kept here to be given back whole.
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);
    private bool _writing = true;

    /// <summary>A store in a new hidden file of <paramref name="folder"/>.</summary>
    public PassageStore(string folder)
    {
        var path = Path.Combine(folder, $".briefing-passages-{Guid.NewGuid():N}.tmp");
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);
        _reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>Writes <paramref name="card"/>; its handle is given to the passages of its article.</summary>
    public long AddCard(DocumentCard card)
    {
        var handle = StartWriting();
        _writer.Write(card.Id);
        _writer.Write(card.Title);
        _writer.Write(card.Outlet);
        Write(card.Date);
        _writer.Write(card.File);
        _writer.Write(card.Url);
        _writer.Write(card.Language);
        return handle;
    }

    /// <summary>Writes <paramref name="evidence"/>, from the article whose card is at <paramref name="card"/>.</summary>
    public long Add(TieEvidence evidence, long card)
    {
        var handle = StartWriting();
        _actors.TryAdd(evidence.A.Id, evidence.A);
        _actors.TryAdd(evidence.B.Id, evidence.B);
        _writer.Write(card);
        _writer.Write(evidence.A.Id);
        _writer.Write(evidence.B.Id);
        _writer.Write((byte)evidence.Window);
        _writer.Write(evidence.DocumentId);
        Write(evidence.Date);
        _writer.Write(evidence.StoryId);
        _writer.Write(evidence.Span.Start);
        _writer.Write(evidence.Span.Length);
        _writer.Write(evidence.Text);
        return handle;
    }

    /// <summary>The passage at <paramref name="handle"/>, with its article's card.</summary>
    public CitedPassage Read(long handle)
    {
        if (_writing)
        {
            _writer.Flush();
            _writing = false;
        }

        _file.Position = handle;
        var card = _reader.ReadInt64();
        var a = _actors[_reader.ReadString()];
        var b = _actors[_reader.ReadString()];
        var window = (CooccurrenceWindow)_reader.ReadByte();
        var evidence = new TieEvidence(a, b, window, _reader.ReadString(), ReadDate(), _reader.ReadString(), new TextSpan(_reader.ReadInt32(), _reader.ReadInt32()), _reader.ReadString());
        _file.Position = card;
        var source = new DocumentCard(_reader.ReadString(), _reader.ReadString(), _reader.ReadString(), ReadDate(), _reader.ReadString(), _reader.ReadString(), _reader.ReadString());
        return new CitedPassage(evidence, source);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _writer.Dispose();
        _file.Dispose();
    }

    // Writes go to the end; a read in between (none is made before the stream ends) would have moved the position.
    private long StartWriting()
    {
        if (!_writing)
        {
            _file.Seek(0, SeekOrigin.End);
            _writing = true;
        }

        return _writer.BaseStream.Position;
    }

    private void Write(PartialDate date)
    {
        _writer.Write((short)date.Year);
        _writer.Write((byte)date.Month);
        _writer.Write((byte)date.Day);
    }

    private PartialDate ReadDate()
    {
        int year = _reader.ReadInt16(), month = _reader.ReadByte(), day = _reader.ReadByte();
        return year == 0 ? PartialDate.Unknown : month == 0 ? PartialDate.OfYear(year) : day == 0 ? PartialDate.OfMonth(year, month) : PartialDate.OfDay(year, month, day);
    }
}
