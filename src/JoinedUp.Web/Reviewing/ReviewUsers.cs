using System.Security.Claims;
using JoinedUp.Review.Access;
using JoinedUp.Web.Accounts;

namespace JoinedUp.Web.Reviewing;

/// <summary>The acting review user built from the signed-in user's claims (name, role, organisation).</summary>
public static class ReviewUsers
{
    public static ReviewUser From(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "(anonymous)",
        user.FindFirstValue(ClaimTypes.Role) ?? "",
        user.FindFirstValue(UserClaims.Organisation) ?? "");
}
