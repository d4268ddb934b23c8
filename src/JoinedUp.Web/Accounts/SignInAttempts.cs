using System.Data.Common;
using Dapper;
using JoinedUp.Store;

namespace JoinedUp.Web.Accounts;

/// <summary>
/// Sign-in attempts counted per attempted user name (real or made up, so both behave alike) in the store's
/// sign_in_attempt table. Each attempt is counted by one atomic upsert before any password is checked, so parallel
/// guesses cannot all pass the limit: the (n+1)th concurrent attempt sees n failures or more and is refused unchecked.
/// </summary>
public sealed class SignInAttempts(RegionalStore store)
{
    /// <summary>Longest attempted name kept; longer ones are counted under their first characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Rows for names that have not been tried for this long (and are not locked) are removed.</summary>
    public static readonly TimeSpan Forgotten = TimeSpan.FromDays(1);

    public static string Key(string userName)
    {
        var name = userName.Trim().ToLowerInvariant();
        return name.Length > MaxNameLength ? name[..MaxNameLength] : name;
    }

    /// <summary>
    /// Counts one attempt (a lock that has run out starts a fresh count) and returns how many attempts there now are,
    /// this one included, and whether the name is locked at <paramref name="now"/>.
    /// </summary>
    public (int Attempts, bool Locked) Count(string userName, DateTime now)
    {
        var at = Stamp(now);
        using var connection = store.OpenConnection();
        var row = connection.QuerySingle<AttemptRow>(
            """
            INSERT INTO sign_in_attempt (user_name, failures, locked_until, last_attempt_at) VALUES (@key, 1, NULL, @at)
            ON CONFLICT (user_name) DO UPDATE SET
                failures = CASE WHEN sign_in_attempt.locked_until IS NOT NULL AND sign_in_attempt.locked_until <= @at THEN 1
                                ELSE sign_in_attempt.failures + 1 END,
                locked_until = CASE WHEN sign_in_attempt.locked_until IS NOT NULL AND sign_in_attempt.locked_until <= @at THEN NULL
                                    ELSE sign_in_attempt.locked_until END,
                last_attempt_at = @at
            RETURNING failures AS Failures, locked_until AS LockedUntil
            """, new { key = Key(userName), at });
        return ((int)row.Failures, row.LockedUntil is not null && string.CompareOrdinal(row.LockedUntil, at) > 0);
    }

    private sealed class AttemptRow
    {
        public long Failures { get; init; }
        public string? LockedUntil { get; init; }
    }

    /// <summary>Locks the name until <paramref name="until"/> (the attempt that reached the limit failed).</summary>
    public void Lock(string userName, DateTime until)
    {
        using var connection = store.OpenConnection();
        connection.Execute("UPDATE sign_in_attempt SET locked_until = @until WHERE user_name = @key", new { key = Key(userName), until = Stamp(until) });
    }

    /// <summary>A right password (or an administrator's unlock) clears the count; old rows of other names go too.</summary>
    public void Clear(string userName, DateTime now)
    {
        using var connection = store.OpenConnection();
        connection.Execute("DELETE FROM sign_in_attempt WHERE user_name = @key", new { key = Key(userName) });
        Forget(connection, now);
    }

    private static void Forget(DbConnection connection, DateTime now) =>
        connection.Execute("DELETE FROM sign_in_attempt WHERE last_attempt_at < @before AND (locked_until IS NULL OR locked_until < @now)",
            new { before = Stamp(now - Forgotten), now = Stamp(now) });

    /// <summary>UTC instants as ISO 8601 text of fixed width, so that text order is time order on both engines.</summary>
    public static string Stamp(DateTime instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
