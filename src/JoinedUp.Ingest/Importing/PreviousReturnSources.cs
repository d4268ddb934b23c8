using JoinedUp.Domain.Returns;
using JoinedUp.Ingest.Files;
using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Store;

namespace JoinedUp.Ingest.Importing;

/// <summary>
/// Chooses the previous year's return an SSDA903 submission's previous-year rules compare with: the LA's files of the
/// year before when the same import includes them (as written); otherwise, with a store, the store's current submission
/// of that LA and year (its degraded copy); otherwise none, and those rules do not run. <c>validate</c> has no store and
/// uses the files only. A previous year's files that cannot be read are passed over for the store's copy. Nothing is
/// read when none of the year's rules compares with the previous year (reading costs a second parse of the files, or a
/// read of the store's copy).
/// </summary>
public sealed class PreviousReturnSources(IReadOnlyList<SubmissionFileSet> sets, RegionalStore? store)
{
    private readonly Dictionary<(string La, int Year), SubmissionFileSet> _files = sets
        .Where(s => s.Key.Return == ReturnKind.Ssda903 && s.UnreadableFiles.Count == 0)
        .GroupBy(s => (s.Key.LaCode, s.Key.Year))
        .ToDictionary(g => g.Key, g => g.First());

    private readonly Dictionary<(string La, int Year), Ssda903Return> _read = [];

    /// <summary>
    /// Keeps a return just read when the next year's files of the same LA are to come in this import, so that they are
    /// compared with it without reading its files a second time (it is let go once used).
    /// </summary>
    public void Remember(Ssda903Return read)
    {
        if (!_files.ContainsKey((read.LaCode, read.Year + 1))) return;
        read.ForgetPrevious();
        lock (_read) _read[(read.LaCode, read.Year)] = read;
    }

    /// <summary>The previous return for the submission <paramref name="key"/>, or null when neither source holds one or none of <paramref name="rules"/> needs it.</summary>
    public PreviousReturn? For(SubmissionKey key, IReadOnlyList<Ssda903Rule> rules)
    {
        var year = key.Year - 1;
        Ssda903Return? read;
        lock (_read)
            if (_read.Remove((key.LaCode, year), out read) && rules.Any(r => r.NeedsPreviousReturn && r.NeedsData is null))
                return new PreviousReturn(read, PreviousReturns.FilesSource(year), FromStore: false);
        if (!rules.Any(r => r.NeedsPreviousReturn && r.NeedsData is null)) return null;
        if (_files.TryGetValue((key.LaCode, year), out var set))
        {
            try
            {
                return PreviousReturns.FromFiles(set.Key, Ssda903Files.From(set.Files, set.Ssda903Tables));
            }
            catch (ReturnFileException)
            {
                // Its own submission reports why; the store's copy (if any) is compared with instead.
            }
        }
        return store is null ? null : PreviousReturns.FromStore(store, key.LaCode, year);
    }
}
