using System.Collections;
using System.Runtime.InteropServices;
using System.Text;
using Analysis.Core.Corpus;
using Analysis.Core.IO;

namespace Analysis.Core.Stories;

/// <summary>
/// The stories a detector has closed, as the records <c>stories.csv</c> will write, kept in a temporary
/// file rather than in memory: a run of a million articles closes most of its million stories, and as
/// objects their ids, titles and article ids took ~250 bytes each. What stays in memory is where each
/// record is, 16 bytes a story. Strings are written as UTF-16, so every title comes back exactly as it
/// went, unpaired surrogates included. Only a run with more open stories than
/// <see cref="StoryOptions.MaxOpenStories"/> closes any, so small corpora never touch the disk.
/// </summary>
/// <remarks>
/// The file (a <see cref="TemporaryFile"/>) is opened at the first closed story and lives as long as this
/// object or a <see cref="Snapshot"/> of it: the records are read back when the stories are listed, on any
/// thread.
/// </remarks>
internal sealed class ClosedStories(string? folder)
{
    private readonly List<Place> _records = [];
    private TemporaryFile? _file;

    /// <summary>Keeps <paramref name="story"/>, the story numbered <paramref name="index"/>, for good.</summary>
    /// <exception cref="TemporaryStorageException">The temporary file cannot be created or written.</exception>
    public void Add(int index, Story story)
    {
        _file ??= new TemporaryFile(folder, "analysis-stories", "keeps closed stories in");
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            Write(writer, story);
        }

        var offset = _file.Append(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        while (_records.Count <= index)
        {
            _records.Add(default);
        }

        _records[index] = new Place(offset, (int)buffer.Length);
        Count++;
    }

    /// <summary>Stories kept.</summary>
    public int Count { get; private set; }

    /// <summary>The story numbered <paramref name="index"/>, read back.</summary>
    /// <exception cref="TemporaryStorageException">The temporary file cannot be read.</exception>
    public Story this[int index] => Read(_records[index]);

    /// <summary>Every story, by number: those in <paramref name="open"/> as they are, and the closed ones (null
    /// there) read back from the file when listed.</summary>
    public IReadOnlyList<Story> Snapshot(IReadOnlyList<Story?> open) => new StoryList(open, [.. _records], this);

    private Story Read(Place record)
    {
        var bytes = new byte[record.Length];
        (_file ?? throw new InvalidOperationException("No story was closed.")).Read(bytes, record.Offset);
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        var id = ReadText(reader);
        var documents = reader.Read7BitEncodedInt();
        var first = ReadDate(reader);
        var last = ReadDate(reader);
        var title = ReadText(reader);
        var ids = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = ReadText(reader);
        }

        return new Story(id, documents, first, last, title, ids);
    }

    private static void Write(BinaryWriter writer, Story story)
    {
        WriteText(writer, story.Id);
        writer.Write7BitEncodedInt(story.Documents);
        WriteDate(writer, story.First);
        WriteDate(writer, story.Last);
        WriteText(writer, story.Title);
        writer.Write7BitEncodedInt(story.DocumentIds.Count);
        foreach (var id in story.DocumentIds)
        {
            WriteText(writer, id);
        }
    }

    // The UTF-16 code units as they are: an encoder would replace an unpaired surrogate.
    private static void WriteText(BinaryWriter writer, string text)
    {
        writer.Write7BitEncodedInt(text.Length);
        writer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private static string ReadText(BinaryReader reader)
    {
        var length = reader.Read7BitEncodedInt();
        return new string(MemoryMarshal.Cast<byte, char>(reader.ReadBytes(length * sizeof(char))));
    }

    private static void WriteDate(BinaryWriter writer, PartialDate date)
    {
        writer.Write7BitEncodedInt(date.Year);
        writer.Write((byte)date.Month);
        writer.Write((byte)date.Day);
    }

    private static PartialDate ReadDate(BinaryReader reader)
    {
        var (year, month, day) = (reader.Read7BitEncodedInt(), reader.ReadByte(), reader.ReadByte());
        return PartialDate.FromParts(year, month, day);
    }

    // Where a story's record is in the file.
    private readonly record struct Place(long Offset, int Length);

    // The stories as they were when listed: the open ones as snapshots, the closed ones where their records
    // were then (records never change once written).
    private sealed class StoryList(IReadOnlyList<Story?> open, Place[] records, ClosedStories closed) : IReadOnlyList<Story>
    {
        public int Count => open.Count;

        public Story this[int index] => open[index] ?? closed.Read(records[index]);

        public IEnumerator<Story> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
