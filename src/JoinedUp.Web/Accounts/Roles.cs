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
    public const string HealthPractitioner = "health-practitioner";
    public const string EducationSenco = "education-senco";

    /// <summary>A parent carer forum's representative: belongs to the forum's LA, takes part in commissioning reviews, sees no data about children.</summary>
    public const string ParentCarerRepresentative = "parent-carer-rep";

    public static IReadOnlyList<string> All { get; } = [LaAnalyst, LaPractitioner, IcsLead, HealthPractitioner, EducationSenco, RegionalAnalyst, Director, Administrator, ParentCarerRepresentative];

    public static string Describe(string role) => role switch
    {
        LaAnalyst => "LA data analyst",
        LaPractitioner => "LA practitioner or keyworker",
        IcsLead => "ICS lead or DSR coordinator",
        HealthPractitioner => "Health practitioner (CAMHS, community paediatrics)",
        EducationSenco => "School SENCO or SEN team",
        RegionalAnalyst => "Regional analyst or commissioner",
        Director => "Director or board member",
        Administrator => "Administrator",
        ParentCarerRepresentative => "Parent carer forum representative",
        _ => role,
    };

    /// <summary>LA roles belong to an LA (DfE code); ICS leads and health practitioners to a footprint; SENCOs to their school's LA; the rest to the region.</summary>
    public static bool IsLaRole(string role) => role is LaAnalyst or LaPractitioner;

    /// <summary>Roles that belong to an ICS footprint.</summary>
    public static bool IsFootprintRole(string role) => role is IcsLead or HealthPractitioner;

    /// <summary>
    /// Roles whose organisation is an LA's DfE code: the LA roles, SENCOs (who see no LA data, only their own referrals)
    /// and parent carer forum representatives (who see no children).
    /// </summary>
    public static bool BelongsToLa(string role) => IsLaRole(role) || role == EducationSenco || role == ParentCarerRepresentative;

    /// <summary>Roles that refer children to the Dynamic Support Register.</summary>
    public static bool RefersToRegister(string role) => IsLaRole(role) || IsFootprintRole(role) || role == EducationSenco;
}
