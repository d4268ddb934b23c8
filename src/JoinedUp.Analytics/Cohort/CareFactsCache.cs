using Dapper;
using JoinedUp.Store;

namespace JoinedUp.Analytics.Cohort;

/// <summary>
/// Holds the <see cref="CareFacts"/> of a store and reloads them when a submission is added or replaced, so that
/// dashboards answer from memory. The store's state is checked at most once per <see cref="RecheckAfter"/>.
/// </summary>
public sealed class CareFactsCache(RegionalStore store)
{
    private readonly Lock _gate = new();
    private CareFacts _facts = CareFacts.Empty;
    private string? _version;
    private DateTime _checkedAt = DateTime.MinValue;

    public TimeSpan RecheckAfter { get; init; } = TimeSpan.FromSeconds(2);

    public CareFacts Current()
    {
        lock (_gate)
        {
            if (_version is not null && DateTime.UtcNow - _checkedAt < RecheckAfter) return _facts;
            var version = StoreVersion();
            _checkedAt = DateTime.UtcNow;
            if (version == _version) return _facts;
            _facts = CareFacts.Load(store, ReferenceEquals(_facts, CareFacts.Empty) ? null : _facts);
            _version = version;
            Loaded?.Invoke(_facts);
            return _facts;
        }
    }

    /// <summary>
    /// Raised (on the loading thread, inside the cache's lock) when new facts have been loaded, so that what is built from
    /// them (the forecasts' care history) can be rebuilt before anyone asks.
    /// </summary>
    public event Action<CareFacts>? Loaded;

    /// <summary>
    /// Forgets the cached facts, e.g. after an upload, so the next read sees the new submission, and reloads them in the
    /// background at once (only the submissions that came or went are read: <see cref="CareFacts.Load(RegionalStore, CareFacts?)"/>),
    /// so that the next page does not wait for them. A failure here (the store unreachable) is met again by that page.
    /// </summary>
    public void Invalidate()
    {
        lock (_gate) _version = null;
        _ = Task.Run(() =>
        {
            try
            {
                Current();
            }
            catch (Exception)
            {
                // The next page's own read reports it.
            }
        });
    }

    private string StoreVersion()
    {
        using var connection = store.OpenConnection();
        // Held submissions count too: confirming one (in this process or another) changes what the views may use.
        var (count, maxId, lastLoad, held) = connection.QuerySingle<(long, long?, string?, long)>(
            "SELECT COUNT(*), MAX(id), MAX(loaded_at), (SELECT COUNT(*) FROM submission_hold WHERE confirmed_at IS NULL) FROM submission");
        return $"{count}:{maxId}:{lastLoad}:{held}";
    }
}
