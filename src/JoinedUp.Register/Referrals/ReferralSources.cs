namespace JoinedUp.Register.Referrals;

/// <summary>Stored codes and labels of <see cref="ReferralSource"/>.</summary>
public static class ReferralSources
{
    private static readonly (ReferralSource Source, string Code, string Label)[] Table =
    [
        (ReferralSource.DsrCoordinator, "icb-dsr-coordinator", "ICB or ICS DSR coordinator"),
        (ReferralSource.Camhs, "camhs", "CAMHS"),
        (ReferralSource.CommunityPaediatrics, "paediatrics", "Community paediatrics"),
        (ReferralSource.SchoolSenco, "school-senco", "School SENCO"),
        (ReferralSource.LaSenTeam, "la-sen-team", "LA SEN team"),
        (ReferralSource.SocialCare, "social-care", "Children's social care"),
        (ReferralSource.Family, "family", "The family (self-referral)"),
    ];

    public static IReadOnlyList<ReferralSource> All { get; } = Table.Select(t => t.Source).ToList();

    public static string Code(this ReferralSource source) => Table.Single(t => t.Source == source).Code;

    public static string Label(this ReferralSource source) => Table.Single(t => t.Source == source).Label;

    public static bool TryParse(string? code, out ReferralSource source)
    {
        foreach (var t in Table)
        {
            if (t.Code == code?.Trim())
            {
                source = t.Source;
                return true;
            }
        }
        source = default;
        return false;
    }

    public static ReferralSource Parse(string code) => TryParse(code, out var s) ? s : throw new FormatException($"'{code}' is not a referral source.");
}
