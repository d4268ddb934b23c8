namespace JoinedUp.Web.Auditing;

/// <summary>One line of the audit log: who did what to which record, when, and whether it was allowed.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public string At { get; init; } = "";
    public string UserName { get; init; } = "";
    public string Role { get; init; } = "";
    public string Organisation { get; init; } = "";
    public string Action { get; init; } = "";
    public string Target { get; init; } = "";
    public string Outcome { get; init; } = "";
    public string Detail { get; init; } = "";

    /// <summary>Which log holds the line: "web" (audit_log) or "register" (the DSR's dsr_audit).</summary>
    public string Source { get; init; } = "";
}
