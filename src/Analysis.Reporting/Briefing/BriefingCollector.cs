using Analysis.Core.Actors;
using Analysis.Core.Actors.Dictionaries;
using Analysis.Core.Cooccurrence;
using Analysis.Core.Cooccurrence.Periods;
using Analysis.Core.Corpus;
using Analysis.Core.IO;
using Analysis.Reporting.Output;

namespace Analysis.Reporting.Briefing;

/// <summary>
/// What the briefing needs beyond the export's totals, gathered while the corpus streams past: the best
/// passage behind each tie, per period and for the whole corpus, with the article it comes from (the
/// briefing's citations); the outlets and the dates covered; the inputs that were not loaded; and, when
/// the briefing has a focus actor, that actor's ego network counted on the same pass. Memory grows with
/// ties × periods, as the counts do, never with the text: the passages wait on disk in a
/// <see cref="PassageStore"/>, a temporary file that no run leaves behind, and only their handles and
/// ranks are held.
/// </summary>
public sealed class BriefingCollector : IExportObserver, IDisposable
{
    /// <summary>The most unloaded inputs listed by name; the rest are counted (ingest.csv has them all).</summary>
    public const int MaxListedProblems = 200;

    private readonly PeriodUnit _unit;
    private readonly Dictionary<(ActorPair Pair, Period Period), Kept> _passages = [];
    private readonly PassageStore _store;
    private readonly Dictionary<string, int> _outlets = new(StringComparer.Ordinal);
    private readonly Dictionary<IngestStatus, int> _statuses = [];
    private readonly List<IngestRecord> _problems = [];
    private readonly CooccurrenceCounter? _focus;

    /// <summary>A collector for an export made with <paramref name="settings"/>, counting <paramref name="focus"/>'s ego
    /// network when given, keeping the passages it may cite in a temporary file of <paramref name="scratchFolder"/>
    /// (the system's temporary folder, TMPDIR, when null).</summary>
    /// <exception cref="TemporaryStorageException">The temporary file cannot be created.</exception>
    public BriefingCollector(ActorDictionary dictionary, ExportSettings settings, string? focus = null, string? scratchFolder = null)
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

        _store = new PassageStore(scratchFolder);
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

        var period = Period.Of(date, _unit);
        var card = -1L;
        foreach (var passage in evidence)
        {
            // Written only when it is the best yet of its tie, for the whole corpus or its period: most passages
            // are not, and the file then holds about one passage a tie and period, not the whole evidence.
            var rank = CitedPassage.RankOf(passage);
            var all = (passage.Pair, Period.All);
            var inPeriod = period is { } p ? (passage.Pair, p) : ((ActorPair, Period)?)null;
            var forAll = Improves(all, rank);
            var forPeriod = inPeriod is { } key && Improves(key, rank);
            if (!forAll && !forPeriod)
            {
                continue;
            }

            card = card >= 0 ? card : _store.AddCard(DocumentCard.Of(article));
            var kept = new Kept(_store.Add(passage, card), rank);
            if (forAll)
            {
                _passages[all] = kept;
            }

            if (forPeriod)
            {
                _passages[inPeriod!.Value] = kept;
            }
        }
    }

    /// <summary>The best passage behind the tie of <paramref name="pair"/> in <paramref name="period"/>, or null.</summary>
    public CitedPassage? Passage(ActorPair pair, Period period) =>
        _passages.TryGetValue((pair, period), out var kept) ? _store.Read(kept.Handle) : null;

    /// <summary>The best passage naming <paramref name="actorId"/> with anyone in <paramref name="period"/>, or null.</summary>
    public CitedPassage? PassageOf(string actorId, Period period)
    {
        // The first best in the order the ties were first seen, as a passage replaces another only when better.
        Kept? best = null;
        foreach (var (key, kept) in _passages)
        {
            if (key.Period == period && key.Pair.Contains(actorId) && (best is null || kept.Rank < best.Value.Rank))
            {
                best = kept;
            }
        }

        return best is { } found ? _store.Read(found.Handle) : null;
    }

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

    /// <summary>Gives back the room of the passages' temporary file; no passage can be read after.</summary>
    public void Dispose() => _store.Dispose();

    private bool Improves((ActorPair, Period) key, int rank) => !_passages.TryGetValue(key, out var kept) || rank < kept.Rank;

    // Where a passage waits in the store, and how well it shows its tie (see CitedPassage.RankOf).
    private readonly record struct Kept(long Handle, int Rank);
}
