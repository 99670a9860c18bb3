using System.Globalization;
using System.Text;
using Analysis.CorpusGenerator.Universe;
using Analysis.CorpusGenerator.Writing;

namespace Analysis.CorpusGenerator.Output;

/// <summary>
/// Writes a corpus: articles/&lt;shard&gt;/&lt;n&gt;.txt (1,000 articles a shard), actors.yaml, aliases.txt,
/// aliases.tsv, truth.csv (file, actor_id) and dates.csv (file, date). Shards are written in parallel a
/// few at a time and their truth rows appended in shard order, so memory stays constant and the output
/// is the same bytes whatever the number of threads.
/// </summary>
internal static class CorpusWriter
{
    public const int ShardSize = 1000;

    private static readonly UTF8Encoding Utf8 = new(false);

    public static int Generate(long count, string directory, ulong seed, TextWriter log)
    {
        var articles = Path.Combine(directory, "articles");
        if (Directory.Exists(articles) && Directory.EnumerateFileSystemEntries(articles).Any())
        {
            log.WriteLine($"error: {articles} already holds files; generate into an empty folder (or remove it first).");
            return 1;
        }

        Directory.CreateDirectory(articles);
        var universe = ActorUniverse.Create(seed);
        DictionaryWriter.WriteYaml(universe, seed, Path.Combine(directory, "actors.yaml"));
        DictionaryWriter.WriteAliases(universe, Path.Combine(directory, "aliases.txt"), Path.Combine(directory, "aliases.tsv"));
        var writer = new ArticleWriter(universe, seed);

        using var truth = new StreamWriter(Path.Combine(directory, "truth.csv"), false, Utf8);
        using var dates = new StreamWriter(Path.Combine(directory, "dates.csv"), false, Utf8);
        truth.Write("file,actor_id\n");
        dates.Write("file,date\n");
        var shards = (count + ShardSize - 1) / ShardSize;
        var group = Environment.ProcessorCount * 2;
        long bytes = 0;
        for (long first = 0; first < shards; first += group)
        {
            var batch = new (string Truth, string Dates, long Bytes)[Math.Min(group, shards - first)];
            Parallel.For(0, batch.Length, k => batch[k] = WriteShard(writer, first + k, count, articles));
            foreach (var shard in batch)
            {
                truth.Write(shard.Truth);
                dates.Write(shard.Dates);
                bytes += shard.Bytes;
            }

            if ((first / group) % 25 == 24)
            {
                log.WriteLine($"{Math.Min((first + batch.Length) * ShardSize, count):N0} articles written");
            }
        }

        log.WriteLine($"{count:N0} articles, {bytes / 1e6:F1} MB, {universe.Persons.Count} persons, {universe.Organizations.Count} organizations, {universe.Countries.Count} countries, {universe.Places.Count} places -> {directory}");
        return 0;
    }

    /// <summary>The path of article <paramref name="number"/> relative to the articles folder.</summary>
    public static string RelativePath(long number) =>
        (number / ShardSize).ToString("D4", CultureInfo.InvariantCulture) + "/" + number.ToString("D7", CultureInfo.InvariantCulture) + ".txt";

    private static (string Truth, string Dates, long Bytes) WriteShard(ArticleWriter writer, long shard, long count, string articles)
    {
        Directory.CreateDirectory(Path.Combine(articles, shard.ToString("D4", CultureInfo.InvariantCulture)));
        var truth = new StringBuilder();
        var dates = new StringBuilder();
        long bytes = 0;
        for (var n = shard * ShardSize; n < Math.Min(count, (shard + 1) * ShardSize); n++)
        {
            var article = writer.Write(n);
            var file = RelativePath(n);
            var data = Utf8.GetBytes(article.Text);
            File.WriteAllBytes(Path.Combine(articles, file), data);
            bytes += data.Length;
            foreach (var id in article.Truth)
            {
                truth.Append(file).Append(',').Append(id).Append('\n');
            }

            dates.Append(file).Append(',').Append(article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        return (truth.ToString(), dates.ToString(), bytes);
    }
}
