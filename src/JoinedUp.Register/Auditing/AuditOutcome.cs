namespace JoinedUp.Register.Auditing;

/// <summary>Outcomes written to the register's audit, the same words as the web's audit_log.</summary>
public static class AuditOutcome
{
    public const string Allowed = "allowed";
    public const string Denied = "denied";
    public const string Conflict = "conflict";
    public const string Refused = "refused";
}
