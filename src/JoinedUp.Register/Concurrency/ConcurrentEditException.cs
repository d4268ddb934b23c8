namespace JoinedUp.Register.Concurrency;

/// <summary>
/// Someone else changed the entry after this user read it. Nothing was written: the entry keeps the other person's
/// change, and <see cref="Attempted"/> describes this user's change so the page can show both and let them re-apply it.
/// </summary>
public sealed class ConcurrentEditException(long entryId, long expectedVersion, long currentVersion, string changedBy, string changedAt, string attempted)
    : Exception($"Entry {Entries.EntryReference.Format(entryId)} was changed by {changedBy} at {changedAt} after you opened it (you had version {expectedVersion}, it is now {currentVersion}). Your change ({attempted}) was not saved; reload the entry and apply it again.")
{
    public long EntryId { get; } = entryId;
    public long ExpectedVersion { get; } = expectedVersion;
    public long CurrentVersion { get; } = currentVersion;
    public string ChangedBy { get; } = changedBy;
    public string ChangedAt { get; } = changedAt;
    public string Attempted { get; } = attempted;
}
