using System.Data.Common;
using Dapper;
using JoinedUp.Domain.Geography;
using JoinedUp.Register.Access;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.Concurrency;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Reviews;
using JoinedUp.Register.Storage;
using JoinedUp.Store;

namespace JoinedUp.Register;

/// <summary>
/// The Dynamic Support Register of a region: one entry per child, jointly kept by the LA, health and education.
/// Every method takes the acting <see cref="RegisterUser"/>; scoping, the RAG workflow rules, optimistic concurrency
/// and the audit of every read and change are enforced here, so the web's pages only translate requests and results.
/// The class is thread-safe (it holds no per-request state) and can be a singleton.
/// </summary>
public sealed partial class DynamicSupportRegister
{
    private readonly RegionalStore _store;
    private readonly TimeProvider _clock;
    private volatile ReviewCadence _cadence;

    /// <param name="cadence">The review cadence until the region sets its own in the store (<see cref="SetReviewCadence"/>); default <see cref="ReviewCadence.Default"/>.</param>
    public DynamicSupportRegister(RegionalStore store, Region region, ReviewCadence? cadence = null, TimeProvider? clock = null)
    {
        _store = store;
        Region = region;
        var configured = cadence ?? ReviewCadence.Default;
        configured.Validate();
        _clock = clock ?? TimeProvider.System;
        _cadence = StoredCadence() ?? configured;
    }

    public Region Region { get; }

    /// <summary>The review cadence in force: the region's, as stored, or the one this register was built with.</summary>
    public ReviewCadence Cadence => _cadence;

    /// <summary>What the user may see: for pages deciding which links to show (the register enforces it regardless).</summary>
    public RegisterScope ScopeOf(RegisterUser user) => RegisterScope.For(user, Region);

    private string Now => _clock.GetUtcNow().UtcDateTime.ToString("O");

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

    private static string Target(long entryId) => "dsr:" + EntryReference.Format(entryId);

    /// <summary>A scope allowed to see children, or a refusal (audited).</summary>
    private RegisterScope ChildScope(DbConnection connection, RegisterUser user, string action, string target)
    {
        var scope = Scope(connection, user, action, target);
        if (!scope.SeesChildren) Deny(connection, user, action, target, "This role sees no child-level register data.");
        return scope;
    }

    private RegisterScope Scope(DbConnection connection, RegisterUser user, string action, string target)
    {
        try
        {
            return RegisterScope.For(user, Region);
        }
        catch (RegisterAccessDeniedException e)
        {
            RegisterAudit.Write(connection, null, user, Now, action, target, AuditOutcome.Denied, e.Message);
            throw;
        }
    }

    private RegisterAccessDeniedException Deny(DbConnection connection, RegisterUser user, string action, string target, string reason)
    {
        RegisterAudit.Write(connection, null, user, Now, action, target, AuditOutcome.Denied, reason);
        throw new RegisterAccessDeniedException(user, reason);
    }

    /// <summary>The entry if the user may see it; otherwise a refusal worded the same whether or not it exists.</summary>
    private EntryRow VisibleEntry(DbConnection connection, RegisterUser user, long entryId, string action)
    {
        var scope = ChildScope(connection, user, action, Target(entryId));
        var row = connection.QuerySingleOrDefault<EntryRow>($"SELECT {EntryRow.Columns} FROM dsr_entry e WHERE e.id = @entryId", new { entryId });
        if (row is null || !scope.CanSee(row.La, row.ConsentWithdrawn))
            Deny(connection, user, action, Target(entryId), $"There is no register entry {EntryReference.Format(entryId)} that you can see.");
        return row!;
    }

    /// <summary>
    /// Applies a versioned change to dsr_entry inside <paramref name="transaction"/>: the update only happens if the entry
    /// is still at <paramref name="expectedVersion"/>; otherwise the transaction is rolled back, the conflict audited and
    /// <see cref="ConcurrentEditException"/> thrown naming who changed it and when.
    /// </summary>
    private void UpdateVersioned(DbConnection connection, DbTransaction transaction, RegisterUser user, long entryId, long expectedVersion,
        string setClause, object parameters, string attempted, string action)
    {
        var dynamicParameters = new DynamicParameters(parameters);
        dynamicParameters.Add("entryIdV", entryId);
        dynamicParameters.Add("expectedVersionV", expectedVersion);
        dynamicParameters.Add("updatedAtV", Now);
        dynamicParameters.Add("updatedByV", user.UserName);
        var changed = connection.Execute(
            $"""
            UPDATE dsr_entry SET {setClause}, version = version + 1, updated_at = @updatedAtV, updated_by = @updatedByV
            WHERE id = @entryIdV AND version = @expectedVersionV
            """, dynamicParameters, transaction);
        if (changed == 1) return;
        transaction.Rollback();
        var current = connection.QuerySingle<EntryRow>($"SELECT {EntryRow.Columns} FROM dsr_entry e WHERE e.id = @entryId", new { entryId });
        RegisterAudit.Write(connection, null, user, Now, action, Target(entryId), AuditOutcome.Conflict,
            $"expected version {expectedVersion}, found {current.Version} (changed by {current.UpdatedBy} at {current.UpdatedAt}); not saved: {attempted}");
        throw new ConcurrentEditException(entryId, expectedVersion, current.Version, current.UpdatedBy, current.UpdatedAt, attempted);
    }

    private void RecordEvent(DbConnection connection, DbTransaction transaction, RegisterUser user, long entryId, string kind, string detail) =>
        connection.Execute(
            "INSERT INTO dsr_entry_event (entry_id, at, kind, detail, by_user) VALUES (@entryId, @at, @kind, @detail, @byUser)",
            new { entryId, at = Now, kind, detail, byUser = user.UserName }, transaction);

    private RegisterEntry Reload(DbConnection connection, long entryId) =>
        connection.QuerySingle<EntryRow>($"SELECT {EntryRow.Columns} FROM dsr_entry e WHERE e.id = @entryId", new { entryId }).ToEntry();

    private static string Required(string? text, string what, string rule)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new RegisterRuleException(rule, $"{what} is required.");
        return text.Trim();
    }

    /// <summary>The register's audit lines for one entry, newest first (LA and ICS users in scope; the read is itself audited).</summary>
    public IReadOnlyList<RegisterAuditEntry> AuditTrail(RegisterUser user, long entryId, int limit = 200)
    {
        using var connection = _store.OpenConnection();
        VisibleEntry(connection, user, entryId, "dsr.audit.read");
        RegisterAudit.Write(connection, null, user, Now, "dsr.audit.read", Target(entryId), AuditOutcome.Allowed);
        return RegisterAudit.Read(connection, Target(entryId), limit);
    }
}
