using JoinedUp.Domain.Geography;
using JoinedUp.Store;

namespace JoinedUp.Web.Accounts;

/// <summary>One demonstration user per role for a region, each with a fresh random password.</summary>
public static class DemoUsers
{
    /// <summary>
    /// Creates the demo users (replacing none: an existing name gets a new password) and returns them with their
    /// one-time passwords: each works for one sign-in, which leads to choosing the user's own password. LA users belong to the region's first LA that has a footprint (or its first LA); the ICS lead to that footprint.
    /// </summary>
    public static IReadOnlyList<DemoUser> Create(RegionalStore store, Region region)
    {
        var accounts = new UserAccounts(store);
        var footprint = region.Footprints.Keys.OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault();
        var la = footprint is null ? region.Members[0] : region[region.Footprints[footprint][0]];
        var wanted = new List<(string Name, string Role, string Organisation, string Display)>
        {
            ("analyst", Roles.LaAnalyst, la.DfeCode, $"{la.Name} data analyst"),
            ("practitioner", Roles.LaPractitioner, la.DfeCode, $"{la.Name} keyworker"),
            ("ics", Roles.IcsLead, footprint ?? region.Name, $"{footprint ?? region.Name} DSR coordinator"),
            ("regional", Roles.RegionalAnalyst, region.Name, $"{region.Name} regional analyst"),
            ("director", Roles.Director, region.Name, $"{region.Name} director"),
            ("admin", Roles.Administrator, region.Name, "Administrator"),
            ("parentcarer", Roles.ParentCarerRepresentative, la.DfeCode, $"{la.Name} parent carer forum"),
        };
        if (footprint is not null)
        {
            wanted.Insert(3, ("camhs", Roles.HealthPractitioner, footprint, $"{footprint} CAMHS practitioner"));
            wanted.Insert(4, ("senco", Roles.EducationSenco, la.DfeCode, $"{la.Name} school SENCO"));
        }
        var created = new List<DemoUser>();
        foreach (var (name, role, organisation, display) in wanted)
        {
            var password = accounts.Find(name) is null
                ? accounts.Create(name, display, role, organisation)
                : accounts.ResetPassword(name);
            created.Add(new DemoUser(name, password, role, organisation, display));
        }
        return created;
    }
}
