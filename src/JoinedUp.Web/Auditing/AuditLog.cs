using System.Security.Claims;
using Dapper;
using JoinedUp.Store;
using JoinedUp.Web.Accounts;

namespace JoinedUp.Web.Auditing;

/// <summary>
/// The append-only audit log (audit_log table): every view of child-level data, every refusal, every change and
/// every sign-in. This class only inserts and reads; nothing in JoinedUp updates or deletes an entry.
/// Child identifiers never appear here in clear: a child is named by pseudonym.
/// </summary>
public sealed class AuditLog(RegionalStore store)
{
    public const string Allowed = "allowed";
    public const string Denied = "denied";
    public const string Failed = "failed";
    public const string WebSource = "web";
    public const string RegisterSource = "register";
    public const string ReviewSource = "review";

    /// <summary>The most entries one search returns (a page, or a CSV export of the search).</summary>
    public const int MaxEntries = 100_000;

    public void Record(ClaimsPrincipal? user, string action, string target, string outcome, string detail = "") =>
        Record(user?.Identity?.Name ?? "(anonymous)", user?.FindFirstValue(ClaimTypes.Role) ?? "", user?.FindFirstValue(UserClaims.Organisation) ?? "",
            action, target, outcome, detail);

    public void Record(string userName, string role, string organisation, string action, string target, string outcome, string detail = "")
    {
        using var connection = store.OpenConnection();
        connection.Execute(
            """
            INSERT INTO audit_log (at, user_name, role, organisation, action, target, outcome, detail)
            VALUES (@at, @userName, @role, @organisation, @action, @target, @outcome, @detail)
            """,
            new { at = DateTime.UtcNow.ToString("O"), userName, role, organisation, action, target, outcome, detail });
    }

    /// <summary>
    /// Entries matching every given part (user, action and outcome exactly; text anywhere in target or detail), newest
    /// first, from the web's audit_log and the register's own dsr_audit together (UNION ALL; <see cref="AuditEntry.Source"/> says which).
    /// </summary>
    public IReadOnlyList<AuditEntry> Search(string? userName = null, string? action = null, string? outcome = null, string? text = null,
        string? from = null, string? to = null, int limit = 200, int offset = 0)
    {
        var where = new List<string>();
        if (!string.IsNullOrWhiteSpace(userName)) where.Add("user_name = @userName");
        if (!string.IsNullOrWhiteSpace(action)) where.Add("action = @action");
        if (!string.IsNullOrWhiteSpace(outcome)) where.Add("outcome = @outcome");
        if (!string.IsNullOrWhiteSpace(text)) where.Add("(target LIKE @like OR detail LIKE @like)");
        if (!string.IsNullOrWhiteSpace(from)) where.Add("at >= @from");
        if (!string.IsNullOrWhiteSpace(to)) where.Add("at < @toExclusive");
        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        var sql = $"""
            SELECT Id, At, UserName, Role, Organisation, Action, Target, Outcome, Detail, Source FROM (
                SELECT id AS Id, at AS At, user_name AS UserName, role AS Role, organisation AS Organisation, action AS Action,
                       target AS Target, outcome AS Outcome, detail AS Detail, '{WebSource}' AS Source
                FROM audit_log {filter}
                UNION ALL
                SELECT id AS Id, at AS At, user_name AS UserName, role AS Role, organisation AS Organisation, action AS Action,
                       target AS Target, outcome AS Outcome, detail AS Detail, '{RegisterSource}' AS Source
                FROM dsr_audit {filter}
                UNION ALL
                SELECT id AS Id, at AS At, user_name AS UserName, role AS Role, organisation AS Organisation, action AS Action,
                       target AS Target, outcome AS Outcome, detail AS Detail, '{ReviewSource}' AS Source
                FROM review_audit {filter}
            ) entries
            ORDER BY At DESC, Id DESC LIMIT {Math.Clamp(limit, 1, MaxEntries)} OFFSET {Math.Max(0, offset)}
            """;
        using var connection = store.OpenConnection();
        var toExclusive = DateOnly.TryParse(to, out var day) ? day.AddDays(1).ToString("yyyy-MM-dd") : to;
        return connection.Query<AuditEntry>(sql, new { userName = userName?.Trim().ToLowerInvariant(), action, outcome, like = $"%{text}%", from, toExclusive }).ToList();
    }

    public IReadOnlyList<string> Actions()
    {
        using var connection = store.OpenConnection();
        return connection.Query<string>("SELECT action FROM audit_log UNION SELECT action FROM dsr_audit UNION SELECT action FROM review_audit ORDER BY 1").ToList();
    }
}
