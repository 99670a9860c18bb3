using System.Buffers.Binary;
using System.Text;
using Analysis.Core.Actors;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Corpus;
using Analysis.Core.IO;
using Analysis.Core.Text;

namespace Analysis.Reporting.Briefing;

/// <summary>
/// The passages the briefing may cite, kept in a <see cref="TemporaryFile"/> while the corpus streams past
/// and read back by the handle <see cref="Add"/> returned. A passage is quoted text, hundreds of bytes, and
/// one is kept for every tie of every period: held in memory they grew with the corpus (a gigabyte at
/// 100,000 articles) while the briefing quotes a few dozen. An article's card is written once, before the
/// first of its passages. Records are gathered in a buffer and written in blocks, each preceded by its length.
/// </summary>
internal sealed class PassageStore : IDisposable
{
    // Blocks of this size make the writes few without holding much.
    private const int BlockSize = 1 << 16;

    private readonly TemporaryFile _file;
    private readonly MemoryStream _pending = new();
    private readonly BinaryWriter _writer;

    // Passages name actors by id; the actors themselves are few and kept here to be given back whole.
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);

    /// <summary>A store in <paramref name="folder"/>, the system's temporary folder when null.</summary>
    /// <exception cref="TemporaryStorageException">The file cannot be created.</exception>
    public PassageStore(string? folder = null)
    {
        _file = new TemporaryFile(folder, "analysis-passages", "keeps the briefing's passages in");
        _writer = new BinaryWriter(_pending, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>Writes <paramref name="card"/>; its handle is given to the passages of its article.</summary>
    /// <exception cref="TemporaryStorageException">The file cannot be written.</exception>
    public long AddCard(DocumentCard card)
    {
        var (handle, start) = Begin();
        _writer.Write(card.Id);
        _writer.Write(card.Title);
        _writer.Write(card.Outlet);
        Write(card.Date);
        _writer.Write(card.File);
        _writer.Write(card.Url);
        _writer.Write(card.Language);
        End(start);
        return handle;
    }

    /// <summary>Writes <paramref name="evidence"/>, from the article whose card is at <paramref name="card"/>.</summary>
    /// <exception cref="TemporaryStorageException">The file cannot be written.</exception>
    public long Add(TieEvidence evidence, long card)
    {
        _actors.TryAdd(evidence.A.Id, evidence.A);
        _actors.TryAdd(evidence.B.Id, evidence.B);
        var (handle, start) = Begin();
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
        End(start);
        return handle;
    }

    /// <summary>The passage at <paramref name="handle"/>, with its article's card.</summary>
    /// <exception cref="TemporaryStorageException">The file cannot be read.</exception>
    public CitedPassage Read(long handle)
    {
        Flush();
        using var passage = RecordAt(handle);
        var card = passage.ReadInt64();
        var a = _actors[passage.ReadString()];
        var b = _actors[passage.ReadString()];
        var window = (CooccurrenceWindow)passage.ReadByte();
        var evidence = new TieEvidence(a, b, window, passage.ReadString(), ReadDate(passage), passage.ReadString(), new TextSpan(passage.ReadInt32(), passage.ReadInt32()), passage.ReadString());
        using var source = RecordAt(card);
        return new CitedPassage(evidence, new DocumentCard(source.ReadString(), source.ReadString(), source.ReadString(), ReadDate(source), source.ReadString(), source.ReadString(), source.ReadString()));
    }

    /// <summary>Closes, and so deletes, the file.</summary>
    public void Dispose()
    {
        _writer.Dispose();
        _pending.Dispose();
        _file.Close();
    }

    // A record's handle is where it will lie in the file: after what was written, at its place in the block.
    private (long Handle, long Start) Begin()
    {
        var start = _pending.Position;
        _writer.Write(0);
        return (_file.Length + start, start);
    }

    // The record's length goes before it, now that it is known.
    private void End(long start)
    {
        var end = _pending.Position;
        BinaryPrimitives.WriteInt32LittleEndian(_pending.GetBuffer().AsSpan((int)start, sizeof(int)), (int)(end - start - sizeof(int)));
        if (end >= BlockSize)
        {
            Flush();
        }
    }

    private void Flush()
    {
        if (_pending.Length > 0)
        {
            _file.Append(_pending.GetBuffer().AsSpan(0, (int)_pending.Length));
            _pending.Position = 0;
            _pending.SetLength(0);
        }
    }

    private BinaryReader RecordAt(long handle)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        _file.Read(length, handle);
        var record = new byte[BinaryPrimitives.ReadInt32LittleEndian(length)];
        _file.Read(record, handle + sizeof(int));
        return new BinaryReader(new MemoryStream(record), Encoding.UTF8);
    }

    private void Write(PartialDate date)
    {
        _writer.Write((short)date.Year);
        _writer.Write((byte)date.Month);
        _writer.Write((byte)date.Day);
    }

    private static PartialDate ReadDate(BinaryReader reader)
    {
        int year = reader.ReadInt16(), month = reader.ReadByte(), day = reader.ReadByte();
        return PartialDate.FromParts(year, month, day);
    }
}
