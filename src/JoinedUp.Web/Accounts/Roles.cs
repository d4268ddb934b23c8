namespace JoinedUp.Web.Accounts;

/// <summary>The roles of DESIGN.md's "Who uses it" table, and what organisation each belongs to.</summary>
public static class Roles
{
    public const string LaAnalyst = "la-analyst";
    public const string LaPractitioner = "la-practitioner";
    public const string IcsLead = "ics-lead";
    public const string RegionalAnalyst = "regional-analyst";
    public const string Director = "director";
    public const string Administrator = "administrator";

    /// <summary>A parent carer forum's representative: belongs to the forum's LA, takes part in commissioning reviews, sees no data about children.</summary>
    public const string ParentCarerRepresentative = "parent-carer-rep";

    public static IReadOnlyList<string> All { get; } = [LaAnalyst, LaPractitioner, IcsLead, RegionalAnalyst, Director, Administrator, ParentCarerRepresentative];

    public static string Describe(string role) => role switch
    {
        LaAnalyst => "LA data analyst",
        LaPractitioner => "LA practitioner or keyworker",
        IcsLead => "ICS or health lead",
        RegionalAnalyst => "Regional analyst or commissioner",
        Director => "Director or board member",
        Administrator => "Administrator",
        ParentCarerRepresentative => "Parent carer forum representative",
        _ => role,
    };

    /// <summary>LA roles belong to an LA (DfE code); ICS leads to a footprint; the rest to the region (parent carer representatives: see <see cref="BelongsToLa"/>).</summary>
    public static bool IsLaRole(string role) => role is LaAnalyst or LaPractitioner;

    /// <summary>Roles whose organisation is an LA (DfE code): LA staff, and parent carer forum representatives (who see no children).</summary>
    public static bool BelongsToLa(string role) => IsLaRole(role) || role == ParentCarerRepresentative;
}
