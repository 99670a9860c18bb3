using System.Text.Json;
using System.Text.RegularExpressions;
using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Corpus;
using Analysis.Core.Frames;
using Analysis.Core.Notebook;
using Analysis.Core.Tests.Support;
using Microsoft.Data.Analysis;

namespace Analysis.Core.Tests.Notebook;

/// <summary>
/// Every HTML output a notebook gets from the library, for a corpus whose article and actor names carry
/// markup: it shows as text. An output may hold the library's own tags only, no event handler attribute,
/// and no link or source that is not http(s) or a PNG data URI.
/// </summary>
public sealed partial class NotebookHtmlSafetyTests : IClassFixture<NotebookHtmlSafetyTests.HostileCorpus>
{
    public const string Script = "<script>alert(1)</script>";
    public const string Image = "<img src=x onerror=alert(1)>";
    public const string Svg = "\"><svg onload=alert(1)>";
    public const string JavaScriptUrl = "javascript:alert(1)";
    public const string Encoded = "&lt;b&gt; déjà encodé";

    private static readonly string[] Vectors = [Script, Image, Svg, JavaScriptUrl, Encoded];
    private readonly HostileCorpus _corpus;

    public NotebookHtmlSafetyTests(HostileCorpus corpus)
    {
        _corpus = corpus;
    }

    public static TheoryData<string> Outputs => [.. HostileCorpus.Values.Keys];

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Format_GivesInertHtml_WhenTheValueComesFromAHostileCorpus(string output)
    {
        var html = NotebookDisplay.Format(_corpus.Value(output))[MimeTypes.Html];

        AssertInert(html);
    }

    [Fact]
    public void Format_ShowsEveryVectorAsText_AcrossTheCorpusTables()
    {
        var html = string.Concat(HostileCorpus.Values.Keys.Select(k => NotebookDisplay.Format(_corpus.Value(k))[MimeTypes.Html]));

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;svg onload=alert(1)&gt;", html, StringComparison.Ordinal);

        // Already-encoded text is encoded again, so the reader sees "&lt;b&gt;" as the article wrote it.
        Assert.Contains("&amp;lt;b&amp;gt; déjà encodé", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Script, "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData(Image, "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData(Svg, "&quot;&gt;&lt;svg onload=alert(1)&gt;")]
    [InlineData("it's", "it&#39;s")]
    [InlineData(Encoded, "&amp;lt;b&amp;gt; déjà encodé")]
    [InlineData(JavaScriptUrl, JavaScriptUrl)]
    public void Encode_MakesMarkupText_WhenTheTextHoldsMarkup(string text, string encoded)
    {
        Assert.Equal(encoded, HtmlText.Encode(text));
    }

    [Theory]
    [InlineData(Script)]
    [InlineData(Image)]
    [InlineData(Svg)]
    public void Format_EncodesAString_WhenACellAsksForHtml(string text)
    {
        // display(text, "text/html") in a notebook: a string is text, not markup.
        var html = NotebookDisplay.Format(text, [MimeTypes.Html])[MimeTypes.Html];

        AssertInert(html);
        Assert.Contains(HtmlText.Encode(text), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_GivesInertHtml_WhenADataFrameHasHostileColumnNamesAndCells()
    {
        var frame = new DataFrame([.. Vectors.Select(v => new StringDataFrameColumn(v, Vectors))]);

        var html = NotebookDisplay.Format(frame)[MimeTypes.Html];

        AssertInert(html);
        Assert.Equal(Vectors.Length * Vectors.Length, CellCount().Count(html));
    }

    // Tags the library and .NET Interactive's own formatter write; anything else came from the data.
    private static void AssertInert(string html)
    {
        string[] allowed = ["table", "thead", "tbody", "tr", "th", "td", "p", "div", "pre", "details", "summary", "span", "code", "style", "i", "b", "a", "img"];
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            Assert.True(allowed.Contains(name), $"<{name}> in the output: {tag.Value}");
            foreach (Match attribute in Attribute().Matches(tag.Groups["attributes"].Value))
            {
                var (key, value) = (attribute.Groups["key"].Value.ToLowerInvariant(), attribute.Groups["value"].Value);
                Assert.False(key.StartsWith("on", StringComparison.Ordinal), $"an event handler in the output: {tag.Value}");
                Assert.False(key is "style" or "srcdoc" or "formaction", $"a {key} attribute in the output: {tag.Value}");
                if (key is "href" or "src")
                {
                    Assert.Matches(SafeUrl(), value);
                }
            }
        }
    }

    [GeneratedRegex(@"<\s*(?<name>[a-zA-Z][\w-]*)(?<attributes>[^>]*)>", RegexOptions.None, 1000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<key>[^\s=/""']+)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>]+))", RegexOptions.None, 1000)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"^(https?://|data:image/png;base64,)", RegexOptions.None, 1000)]
    private static partial Regex SafeUrl();

    [GeneratedRegex("<td>", RegexOptions.None, 1000)]
    private static partial Regex CellCount();

    /// <summary>
    /// A corpus of one news-please article whose title, outlet, author, address and text carry markup, and
    /// a dictionary whose actor names are markup: every table a notebook shows, by name.
    /// </summary>
    public sealed class HostileCorpus : IDisposable
    {
        private readonly TempFolder _folder = new();

        public HostileCorpus()
        {
            var article = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["title"] = $"{Script} Sommet {Svg}",
                ["maintext"] = $"{Script} Alphonse Kaboré a reçu Bertrand Ouédraogo et le Conseil Sahel à Bamako. {Image} Les chiffres {Encoded} sont là.\n\n"
                    + $"Alphonse Kaboré, Bertrand Ouédraogo et le Conseil Sahel {JavaScriptUrl} se sont revus. {Svg}",
                ["source_domain"] = Svg,
                ["url"] = JavaScriptUrl,
                ["authors"] = new[] { Image },
                ["date_publish"] = "2024-11-06 10:00:00",
                ["language"] = "fr",
            });
            _folder.Write(OperatingSystem.IsWindows() ? "article.json" : "\"><svg onload=alert(1)>.json", article);
            var dictionary = ActorDictionary.Parse($$"""
                actors:
                  - {id: a, name: '{{Script}}', type: person, aliases: [Alphonse Kaboré]}
                  - {id: b, name: '{{Image}}', type: person, aliases: [Bertrand Ouédraogo]}
                  - {id: c, name: '{{Svg}} {{Encoded}}', type: organization, aliases: [Conseil Sahel]}
                """, "hostile.yaml");
            Corpus = CorpusLoader.LoadAll(_folder.Path);
            Actors = ActorAnalysis.Run(Corpus.Documents, dictionary);
            Ties = CooccurrenceAnalysis.Run(Actors);
        }

        /// <summary>What a notebook displays, by name: the library's tables as sequences and as DataFrames, and records the default formatter shows.</summary>
        public static IReadOnlyDictionary<string, Func<HostileCorpus, object>> Values { get; } = new Dictionary<string, Func<HostileCorpus, object>>(StringComparer.Ordinal)
        {
            ["documents"] = c => c.Corpus.Documents,
            ["documents frame"] = c => c.Corpus.Documents.ToDataFrame(),
            ["ingest"] = c => c.Corpus.Ingest,
            ["outlets"] = c => c.Corpus.Outlets.ToDataFrame(),
            ["set aside"] = c => c.Corpus.SetAside.ToDataFrame(),
            ["actors"] = c => c.Actors.Actors,
            ["actors frame"] = c => c.Actors.Actors.ToDataFrame(),
            ["mentions"] = c => c.Actors.Mentions.ToList(),
            ["titles"] = c => c.Actors.Titles,
            ["kwic"] = c => c.Actors.KeywordInContext("a"),
            ["pairs"] = c => c.Ties.PairsOf().ToList(),
            ["network"] = c => c.Ties.Network(),
            ["changes"] = c => c.Ties.Changes(),
            ["evidence"] = c => c.Ties.Evidence("a", "b"),
            ["stories"] = c => c.Ties.Stories,
            ["one document"] = c => c.Corpus.Documents[0],
            ["one actor"] = c => c.Actors.Actors[0].Actor,
            ["one record"] = c => new { c.Corpus.Documents[0].Title, c.Corpus.Documents[0].Url },
        };

        public LoadedCorpus Corpus { get; }

        public ActorAnalysis Actors { get; }

        public CooccurrenceAnalysis Ties { get; }

        public object Value(string name) => Values[name](this);

        public void Dispose() => _folder.Dispose();
    }
}
