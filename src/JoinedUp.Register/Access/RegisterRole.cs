namespace JoinedUp.Register.Access;

/// <summary>
/// The roles of DESIGN.md's "Who uses it" table, as the register treats them. The web's role names
/// (la-analyst, la-practitioner, ics-lead, regional-analyst, director, administrator) map one to one.
/// </summary>
public enum RegisterRole
{
    LaAnalyst,
    LaPractitioner,
    IcsLead,
    RegionalAnalyst,
    Director,
    Administrator,
}
