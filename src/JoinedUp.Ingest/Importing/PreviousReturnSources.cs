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

    /// <summary>The previous return for the submission <paramref name="key"/>, or null when neither source holds one or none of <paramref name="rules"/> needs it.</summary>
    public PreviousReturn? For(SubmissionKey key, IReadOnlyList<Ssda903Rule> rules)
    {
        if (!rules.Any(r => r.NeedsPreviousReturn && r.NeedsData is null)) return null;
        var year = key.Year - 1;
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
