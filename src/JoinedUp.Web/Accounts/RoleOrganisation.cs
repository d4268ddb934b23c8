using JoinedUp.Domain.Geography;

namespace JoinedUp.Web.Accounts;

/// <summary>
/// Whether an organisation fits a role in a region: LA roles belong to one of the region's LAs (DfE code), ICS leads to
/// one of its footprints, the other roles to the region itself.
/// </summary>
public static class RoleOrganisation
{
    /// <summary>Null when the organisation fits the role; otherwise a message naming the role, the value and what is allowed.</summary>
    public static string? Problem(Region region, string role, string organisation)
    {
        if (!Roles.All.Contains(role))
            return $"'{role}' is not a JoinedUp role; the roles are {string.Join(", ", Roles.All)}.";
        if (Roles.BelongsToLa(role))
            return region.Contains(organisation) ? null
                : $"{Roles.Describe(role)} users belong to an LA: '{organisation}' is not the DfE code of an LA in {region.Name} (for example {region.Members[0].DfeCode} for {region.Members[0].Name}).";
        if (role == Roles.IcsLead)
            return region.Footprints.ContainsKey(organisation) ? null
                : region.Footprints.Count == 0
                    ? $"{region.Name} has no ICS footprints, so it can have no {Roles.Describe(role)} users."
                    : $"{Roles.Describe(role)} users belong to an ICS footprint: '{organisation}' is not one of {string.Join(", ", region.Footprints.Keys.Order(StringComparer.Ordinal).Select(f => $"'{f}'"))}.";
        return organisation == region.Name ? null
            : $"{Roles.Describe(role)} users belong to the region: the organisation must be '{region.Name}', not '{organisation}'.";
    }
}
