using System.Data.Common;
using Dapper;
using JoinedUp.Register.Access;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Identity;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    /// <summary>The rule of a child the user may not see: worded the same whether or not the child is on the register.</summary>
    public const string OutsideScopeRule = "outside-scope";

    /// <summary>
    /// Why a child (by the hash of either identifier) cannot be added again, or null when it is not on the register. A user who may see the
    /// existing entry is told its reference; anyone else (an ICS lead, for an entry whose consent was withdrawn) is told
    /// only that the child is outside their scope, never that an entry exists or its reference.
    /// </summary>
    private static (string Rule, string Message)? AlreadyOnRegister(DbConnection connection, DbTransaction? transaction, RegisterScope scope, ChildKeys keys)
    {
        var existing = connection.Query<ExistingEntry>(
            """
            SELECT id AS Id, la AS La, consent_withdrawn_on AS WithdrawnOn, CASE WHEN child_pseudonym = @child THEN 1 ELSE 0 END AS ByChildId
            FROM dsr_entry WHERE child_pseudonym = @child OR nhs_pseudonym = @nhs ORDER BY id
            """, new { child = keys.ChildPseudonym, nhs = keys.NhsPseudonym }, transaction).FirstOrDefault();
        if (existing is null) return null;
        var by = existing.ByChildId == 1 ? "the LA's child ID" : "the NHS number";
        return scope.CanSee(existing.La, existing.WithdrawnOn is not null)
            ? ("already-on-register", $"This child is already on the register as {EntryReference.Format(existing.Id)} (matched by {by}).")
            : (OutsideScopeRule, "This child is outside your scope.");
    }

    private sealed class ExistingEntry
    {
        public long Id { get; init; }
        public string La { get; init; } = "";
        public string? WithdrawnOn { get; init; }
        public long ByChildId { get; init; }
    }
}
