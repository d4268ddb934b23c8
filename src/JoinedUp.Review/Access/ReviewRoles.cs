namespace JoinedUp.Review.Access;

/// <summary>The web's role names as the review uses them.</summary>
public static class ReviewRoles
{
    public const string LaAnalyst = "la-analyst";
    public const string LaPractitioner = "la-practitioner";
    public const string IcsLead = "ics-lead";
    public const string RegionalAnalyst = "regional-analyst";
    public const string Director = "director";
    public const string Administrator = "administrator";

    /// <summary>A parent carer forum's representative: belongs to an LA (the forum's), sees reviews they are invited to and nothing about children.</summary>
    public const string ParentCarerRepresentative = "parent-carer-rep";

    /// <summary>Roles that see every area's agreed ratings side by side (never children).</summary>
    public static bool ComparesAreas(string role) => role is RegionalAnalyst or Director;
}
