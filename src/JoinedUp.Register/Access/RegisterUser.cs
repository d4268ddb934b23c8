namespace JoinedUp.Register.Access;

/// <summary>
/// Who is acting on the register: the signed-in user's name, role and organisation (an LA's DfE code for LA roles,
/// an ICS footprint name for ICS leads and health practitioners, the school's LA for SENCOs, the region's name otherwise). Every register call takes one, and the register
/// decides what it may see and change from it, so pages never have to.
/// </summary>
public sealed record RegisterUser(string UserName, RegisterRole Role, string Organisation)
{
    /// <summary>Builds the acting user from the web's role name (e.g. "ics-lead").</summary>
    public static RegisterUser FromWebRole(string userName, string role, string organisation) => new(userName, role switch
    {
        "la-analyst" => RegisterRole.LaAnalyst,
        "la-practitioner" => RegisterRole.LaPractitioner,
        "ics-lead" => RegisterRole.IcsLead,
        "regional-analyst" => RegisterRole.RegionalAnalyst,
        "director" => RegisterRole.Director,
        "administrator" => RegisterRole.Administrator,
        "health-practitioner" => RegisterRole.HealthPractitioner,
        "education-senco" => RegisterRole.EducationSenco,
        _ => throw new ArgumentException($"'{role}' is not a JoinedUp role.", nameof(role)),
    }, organisation);

    /// <summary>The web's name for the role, as written in the audit.</summary>
    public string RoleName => Role switch
    {
        RegisterRole.LaAnalyst => "la-analyst",
        RegisterRole.LaPractitioner => "la-practitioner",
        RegisterRole.IcsLead => "ics-lead",
        RegisterRole.RegionalAnalyst => "regional-analyst",
        RegisterRole.Director => "director",
        RegisterRole.HealthPractitioner => "health-practitioner",
        RegisterRole.EducationSenco => "education-senco",
        _ => "administrator",
    };

    public bool IsLaUser => Role is RegisterRole.LaAnalyst or RegisterRole.LaPractitioner;
}
