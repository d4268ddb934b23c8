using JoinedUp.Domain.Returns;

namespace JoinedUp.Store.Loading;

/// <summary>
/// Loads one submission as one transaction (see <see cref="SubmissionLoader"/>): the earlier copy of the same
/// (LA, return, year) is replaced only if <paramref name="fill"/> returns; if it throws, the store is left as it was
/// and the exception goes on to the caller. Importing many submissions, use a <see cref="SubmissionLoader"/> so that
/// reading the next overlaps loading this one.
/// </summary>
public static class SubmissionReplacement
{
    public static LoadedSubmission Replace(this RegionalStore store, SubmissionKey key, string source, Action<ISubmissionWriter> fill)
    {
        using var loader = new SubmissionLoader(store);
        var load = loader.Start(key, source);
        try
        {
            fill(load);
            load.Commit();
        }
        catch
        {
            load.Discard();
            throw;
        }
        return load.Result()!;
    }
}
