using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Corpus;
using Analysis.Reporting.Output;

namespace Analysis.Reporting.Briefing;

/// <summary>
/// What the briefing needs beyond the export's totals, gathered while the corpus streams past: the best
/// passage behind each tie, per period and for the whole corpus, with the article it comes from (the
/// briefing's citations); the outlets and the dates covered; the inputs that were not loaded; and, when
/// the briefing has a focus actor, that actor's ego network counted on the same pass. Memory grows with
/// ties × periods, as the counts do, never with the text.
/// </summary>
public sealed class BriefingCollector : IExportObserver
{
    /// <summary>The most unloaded inputs listed by name; the rest are counted (ingest.csv has them all).</summary>
    public const int MaxListedProblems = 200;

    private readonly PeriodUnit _unit;
    private readonly Dictionary<(ActorPair Pair, Period Period), CitedPassage> _passages = [];
    private readonly Dictionary<string, int> _outlets = new(StringComparer.Ordinal);
    private readonly Dictionary<IngestStatus, int> _statuses = [];
    private readonly List<IngestRecord> _problems = [];
    private readonly CooccurrenceCounter? _focus;

    /// <summary>A collector for an export made with <paramref name="settings"/>, counting <paramref name="focus"/>'s ego network when given.</summary>
    public BriefingCollector(ActorDictionary dictionary, ExportSettings settings, string? focus = null)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(settings);
        _unit = settings.Network.Unit;
        Settings = settings;
        if (!string.IsNullOrWhiteSpace(focus))
        {
            FocusName = focus.Trim();
            _focus = new CooccurrenceCounter(dictionary, settings.Cooccurrence with
            {
                Focus = FocusName,
                Units = [.. new[] { _unit, PeriodUnit.All }.Distinct()],
                Windows = [.. new[] { settings.Network.Window, CooccurrenceWindow.Document }.Distinct()],
            });
        }
    }

    /// <summary>What the export counted.</summary>
    public ExportSettings Settings { get; }

    /// <summary>The focus actor as asked for; null for none.</summary>
    public string? FocusName { get; }

    /// <summary>The earliest date of an article counted (inside the date range, if any), or unknown when none is dated.</summary>
    public PartialDate First { get; private set; } = PartialDate.Unknown;

    /// <summary>The latest date of an article counted, or unknown when none is dated.</summary>
    public PartialDate Last { get; private set; } = PartialDate.Unknown;

    /// <summary>Articles per outlet (articles without an outlet are not counted here).</summary>
    public IReadOnlyDictionary<string, int> Outlets => _outlets;

    /// <summary>Articles whose outlet could not be told.</summary>
    public int WithoutOutlet { get; private set; }

    /// <summary>Inputs per ingest status.</summary>
    public IReadOnlyDictionary<IngestStatus, int> Statuses => _statuses;

    /// <summary>The first <see cref="MaxListedProblems"/> inputs that were not loaded, with their reasons.</summary>
    public IReadOnlyList<IngestRecord> Problems => _problems;

    /// <inheritdoc />
    public void Observe(IngestResult result, ExtractedDocument? document, string? storyId, IReadOnlyList<TieEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(evidence);
        _statuses[result.Record.Status] = _statuses.GetValueOrDefault(result.Record.Status) + 1;
        if (result.Record.Status != IngestStatus.Loaded && _problems.Count < MaxListedProblems)
        {
            _problems.Add(result.Record);
        }

        if (document is null)
        {
            return;
        }

        var article = document.Document;
        if (article.Outlet.Length > 0)
        {
            _outlets[article.Outlet] = _outlets.GetValueOrDefault(article.Outlet) + 1;
        }
        else
        {
            WithoutOutlet++;
        }

        var date = article.Date.Value;
        if (date.IsKnown && Settings.Cooccurrence.Covers(date))
        {
            First = !First.IsKnown || date < First ? date : First;
            Last = !Last.IsKnown || date > Last ? date : Last;
        }

        _focus?.Add(document, storyId ?? string.Empty);
        if (evidence.Count == 0)
        {
            return;
        }

        var card = DocumentCard.Of(article);
        var period = Period.Of(date, _unit);
        foreach (var passage in evidence)
        {
            var cited = new CitedPassage(passage, card);
            Keep((passage.Pair, Period.All), cited);
            if (period is { } p)
            {
                Keep((passage.Pair, p), cited);
            }
        }
    }

    /// <summary>The best passage behind the tie of <paramref name="pair"/> in <paramref name="period"/>, or null.</summary>
    public CitedPassage? Passage(ActorPair pair, Period period) => _passages.GetValueOrDefault((pair, period));

    /// <summary>The best passage naming <paramref name="actorId"/> with anyone in <paramref name="period"/>, or null.</summary>
    public CitedPassage? PassageOf(string actorId, Period period) =>
        _passages
            .Where(p => p.Key.Period == period && (p.Key.Pair.A == actorId || p.Key.Pair.B == actorId))
            .Select(p => p.Value)
            .Aggregate((CitedPassage?)null, (best, next) => best is null || next.IsBetterThan(best) ? next : best);

    /// <summary>The focus actor's ego network; null without a focus.</summary>
    /// <exception cref="UnknownFocusException">The focus is not among <paramref name="actors"/>.</exception>
    public CooccurrenceCounts? FocusCounts(IReadOnlyList<ActorSummary> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        if (_focus is null)
        {
            return null;
        }

        var counts = _focus.Complete();
        return counts.Focus is null ? throw new UnknownFocusException(FocusName!, ClosestNames.Among(FocusName!, actors)) : counts;
    }

    private void Keep((ActorPair, Period) key, CitedPassage passage)
    {
        if (!_passages.TryGetValue(key, out var kept) || passage.IsBetterThan(kept))
        {
            _passages[key] = passage;
        }
    }
}
