using JoinedUp.Domain.Geography;
using JoinedUp.Register.Access;

namespace JoinedUp.Register.Tests.Support;

/// <summary>Users of the London register in tests: Barnet (302) and Camden (202) are in North Central London ICS; Croydon (306) is in South West London.</summary>
public static class People
{
    public static string Barnet => Code("Barnet");
    public static string Camden => Code("Camden");
    public static string Croydon => Code("Croydon");

    public static RegisterUser BarnetKeyworker { get; } = new("kw.barnet", RegisterRole.LaPractitioner, Barnet);
    public static RegisterUser BarnetAnalyst { get; } = new("analyst.barnet", RegisterRole.LaAnalyst, Barnet);
    public static RegisterUser CroydonKeyworker { get; } = new("kw.croydon", RegisterRole.LaPractitioner, Croydon);
    public static RegisterUser NorthCentralLead { get; } = new("lead.ncl", RegisterRole.IcsLead, "North Central London ICS");
    public static RegisterUser SouthWestLead { get; } = new("lead.swl", RegisterRole.IcsLead, "South West London ICS");
    public static RegisterUser CamhsNorthCentral { get; } = new("camhs.ncl", RegisterRole.HealthPractitioner, "North Central London ICS");
    public static RegisterUser BarnetSenco { get; } = new("senco.barnet", RegisterRole.EducationSenco, Barnet);
    public static RegisterUser RegionalAnalyst { get; } = new("analyst.region", RegisterRole.RegionalAnalyst, "London");
    public static RegisterUser Administrator { get; } = new("admin", RegisterRole.Administrator, "London");

    private static string Code(string name) => Regions.London.Members.Single(la => la.Name == name).DfeCode;
}
