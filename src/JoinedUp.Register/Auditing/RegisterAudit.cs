using System.Data.Common;
using Dapper;
using JoinedUp.Register.Access;

namespace JoinedUp.Register.Auditing;

/// <summary>
/// The register's own append-only audit (table dsr_audit, Store migration 200). Every read of register data, every
/// change, every refusal and every concurrent-edit conflict is written here by the register itself, and a change's
/// audit line is written in the same transaction as the change: a change can never exist without its audit, and the
/// web pages need do nothing. Nothing in JoinedUp updates or deletes a line. Children are named by register
/// reference, never by an identifier. The columns match the web's audit_log, so an audit search can read both.
/// </summary>
public static class RegisterAudit
{
    public static void Write(DbConnection connection, DbTransaction? transaction, RegisterUser user, string at, string action, string target, string outcome, string detail = "") =>
        connection.Execute(
            """
            INSERT INTO dsr_audit (at, user_name, role, organisation, action, target, outcome, detail)
            VALUES (@at, @userName, @role, @organisation, @action, @target, @outcome, @detail)
            """,
            new { at, userName = user.UserName, role = user.RoleName, organisation = user.Organisation, action, target, outcome, detail },
            transaction);

    public static IReadOnlyList<RegisterAuditEntry> Read(DbConnection connection, string? target, int limit)
    {
        var where = target is null ? "" : "WHERE target = @target";
        return connection.Query<RegisterAuditEntry>(
            $"""
            SELECT id AS Id, at AS At, user_name AS UserName, role AS Role, organisation AS Organisation, action AS Action,
                   target AS Target, outcome AS Outcome, detail AS Detail
            FROM dsr_audit {where} ORDER BY id DESC LIMIT {Math.Clamp(limit, 1, 10_000)}
            """, new { target }).ToList();
    }
}
