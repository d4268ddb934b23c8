namespace JoinedUp.Register.Access;

/// <summary>
/// The roles of DESIGN.md's "Who uses it" table, as the register treats them. The web's role names
/// (la-analyst, la-practitioner, ics-lead, health-practitioner, education-senco, regional-analyst, director,
/// administrator) map one to one. The ICS lead is the footprint's DSR coordinator.
/// </summary>
public enum RegisterRole
{
    LaAnalyst,
    LaPractitioner,
    IcsLead,
    RegionalAnalyst,
    Director,
    Administrator,

    /// <summary>CAMHS, community paediatrics and other health practitioners of an ICS footprint: refer, see the footprint's entries, contribute to reviews.</summary>
    HealthPractitioner,

    /// <summary>A school's SENCO or an LA SEN team member, belonging to the school's LA: refers that LA's children and follows their own referrals.</summary>
    EducationSenco,
}
