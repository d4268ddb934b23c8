namespace JoinedUp.Register.Referrals;

/// <summary>Where a referral stands: received, discussed at the DSR meeting (decision deferred), added with a rating, or not added.</summary>
public enum ReferralStatus
{
    Received,
    Discussed,
    Added,
    NotAdded,
}

/// <summary>Stored codes and labels of <see cref="ReferralStatus"/>.</summary>
public static class ReferralStatuses
{
    public static string Code(this ReferralStatus status) => status switch
    {
        ReferralStatus.Received => "received",
        ReferralStatus.Discussed => "discussed",
        ReferralStatus.Added => "added",
        _ => "not-added",
    };

    public static string Label(this ReferralStatus status) => status switch
    {
        ReferralStatus.Received => "Received",
        ReferralStatus.Discussed => "Discussed at the DSR meeting",
        ReferralStatus.Added => "Added to the register",
        _ => "Not added",
    };

    public static ReferralStatus Parse(string code) => code switch
    {
        "received" => ReferralStatus.Received,
        "discussed" => ReferralStatus.Discussed,
        "added" => ReferralStatus.Added,
        "not-added" => ReferralStatus.NotAdded,
        _ => throw new FormatException($"'{code}' is not a referral status."),
    };

    /// <summary>Still waiting for the DSR meeting's decision.</summary>
    public static bool IsOpen(this ReferralStatus status) => status is ReferralStatus.Received or ReferralStatus.Discussed;
}
