namespace JoinedUp.Review.Access;

/// <summary>The partners a review brings together (seed 002: education, health, social care and families).</summary>
public enum Sector
{
    Education,
    Health,
    SocialCare,
    ParentCarers,
}

public static class Sectors
{
    public static IReadOnlyList<Sector> All { get; } = [Sector.Education, Sector.Health, Sector.SocialCare, Sector.ParentCarers];

    public static string Code(this Sector sector) => sector switch
    {
        Sector.Education => "education",
        Sector.Health => "health",
        Sector.SocialCare => "social-care",
        _ => "parent-carers",
    };

    public static string Label(this Sector sector) => sector switch
    {
        Sector.Education => "Education",
        Sector.Health => "Health",
        Sector.SocialCare => "Social care",
        _ => "Parent carers",
    };

    public static Sector Parse(string? code)
    {
        foreach (var sector in All)
            if (sector.Code() == code) return sector;
        throw new ReviewRuleException("sector", $"'{code}' is not a partner sector; the sectors are {string.Join(", ", All.Select(x => x.Code()))}.");
    }

    /// <summary>
    /// Which sectors a user of this role can speak for: LA staff for education or social care; ICS leads for health;
    /// parent carer forum representatives for parent carers only. Null when the role cannot be a partner.
    /// </summary>
    public static IReadOnlyList<Sector> For(string role) => role switch
    {
        ReviewRoles.LaAnalyst or ReviewRoles.LaPractitioner => [Sector.Education, Sector.SocialCare],
        ReviewRoles.IcsLead => [Sector.Health],
        ReviewRoles.ParentCarerRepresentative => [Sector.ParentCarers],
        _ => [],
    };
}
