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

    public static IReadOnlyList<string> All { get; } = [LaAnalyst, LaPractitioner, IcsLead, RegionalAnalyst, Director, Administrator];

    public static string Describe(string role) => role switch
    {
        LaAnalyst => "LA data analyst",
        LaPractitioner => "LA practitioner or keyworker",
        IcsLead => "ICS or health lead",
        RegionalAnalyst => "Regional analyst or commissioner",
        Director => "Director or board member",
        Administrator => "Administrator",
        _ => role,
    };

    /// <summary>LA roles belong to an LA (DfE code); ICS leads to a footprint; the rest to the region.</summary>
    public static bool IsLaRole(string role) => role is LaAnalyst or LaPractitioner;
}
