using System.Security.Claims;
using JoinedUp.Register.Access;
using JoinedUp.Web.Accounts;

namespace JoinedUp.Web.Registering;

/// <summary>The acting register user built from the signed-in user's claims (name, role, organisation).</summary>
public static class RegisterUsers
{
    public static RegisterUser From(ClaimsPrincipal user) => RegisterUser.FromWebRole(
        user.Identity?.Name ?? "(anonymous)",
        user.FindFirstValue(ClaimTypes.Role) ?? Roles.Administrator,
        user.FindFirstValue(UserClaims.Organisation) ?? "");
}
