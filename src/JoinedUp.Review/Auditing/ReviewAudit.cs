using System.Data.Common;
using Dapper;
using JoinedUp.Review.Access;

namespace JoinedUp.Review.Auditing;

/// <summary>
/// The review's append-only audit (table review_audit, migration 500), with the columns of the web's audit_log so the
/// audit search reads both. Every read, change and refusal is written by the library; a change's line is written in the
/// same transaction as the change.
/// </summary>
public static class ReviewAudit
{
    public const string Allowed = "allowed";
    public const string Denied = "denied";

    public static void Write(DbConnection connection, DbTransaction? transaction, ReviewUser user, string at, string action, string target, string outcome, string detail = "") =>
        connection.Execute(
            """
            INSERT INTO review_audit (at, user_name, role, organisation, action, target, outcome, detail)
            VALUES (@at, @userName, @role, @organisation, @action, @target, @outcome, @detail)
            """,
            new { at, userName = user.UserName, role = user.Role, organisation = user.Organisation, action, target, outcome, detail = detail.Length > 500 ? detail[..500] : detail },
            transaction);
}
