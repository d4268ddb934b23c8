using System.Security.Claims;
using JoinedUp.Disclosure;
using JoinedUp.Domain.Geography;
using JoinedUp.Web.Accounts;

namespace JoinedUp.Web.Scoping;

/// <summary>
/// What a signed-in user may see, decided on the server from their role and organisation:
/// LA users their own LA (and its children, identifiably); ICS leads the LAs of their footprint; regional analysts and
/// directors the whole region, pooled; administrators no data at all.
/// </summary>
public sealed class UserScope
{
    private UserScope(string userName, string role, string organisation, IReadOnlySet<string> laCodes)
    {
        UserName = userName;
        Role = role;
        Organisation = organisation;
        LaCodes = laCodes;
    }

    public string UserName { get; }
    public string Role { get; }
    public string Organisation { get; }

    /// <summary>The LAs whose pooled figures the user may see.</summary>
    public IReadOnlySet<string> LaCodes { get; }

    /// <summary>The user's own LA, for LA roles only: the one LA whose children they may find and see.</summary>
    public string? OwnLa => Roles.IsLaRole(Role) ? Organisation : null;

    /// <summary>How the figures this user sees are protected: their own LA's exactly, everything else perturbed.</summary>
    public DisclosureControl Disclosure => new(OwnLa);

    public bool SeesDashboards => Role != Roles.Administrator && LaCodes.Count > 0;
    public bool FindsChildren => OwnLa is not null;
    public bool Uploads => Role == Roles.LaAnalyst;
    public bool Administers => Role == Roles.Administrator;

    public static UserScope Of(ClaimsPrincipal user, Region region)
    {
        var role = user.FindFirstValue(ClaimTypes.Role) ?? "";
        var organisation = user.FindFirstValue(UserClaims.Organisation) ?? "";
        IReadOnlySet<string> las = role switch
        {
            Roles.LaAnalyst or Roles.LaPractitioner when region.Contains(organisation) => new HashSet<string> { organisation },
            Roles.IcsLead when region.Footprints.TryGetValue(organisation, out var members) => members.ToHashSet(),
            Roles.RegionalAnalyst or Roles.Director => region.Members.Select(la => la.DfeCode).ToHashSet(),
            _ => new HashSet<string>(),
        };
        return new UserScope(user.Identity?.Name ?? "", role, organisation, las);
    }

    /// <summary>The footprints whose LAs all lie in the user's scope.</summary>
    public IReadOnlyList<string> Footprints(Region region) =>
        region.Footprints.Where(f => f.Value.Any(LaCodes.Contains)).Select(f => f.Key).OrderBy(f => f, StringComparer.Ordinal).ToList();
}
