namespace JoinedUp.Register.Auditing;

/// <summary>One line of the register's audit (dsr_audit): same shape as the web's audit_log so both can be searched together.</summary>
public sealed class RegisterAuditEntry
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
}
