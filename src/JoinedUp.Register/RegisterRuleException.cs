namespace JoinedUp.Register;

/// <summary>A change the register's rules do not allow (e.g. red without a CETR or LAEP, a rating change without a reason).</summary>
public sealed class RegisterRuleException(string rule, string message) : Exception(message)
{
    /// <summary>A short stable name of the rule broken, e.g. "red-needs-cetr-or-laep".</summary>
    public string Rule { get; } = rule;
}
