using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace JoinedUp.Web.Accounts;

/// <summary>The claims a signed-in user carries in the cookie: name, role and organisation.</summary>
public static class UserClaims
{
    public const string Organisation = "joinedup:organisation";
    public const string DisplayName = "joinedup:display-name";

    public static ClaimsPrincipal PrincipalFor(AppUser user) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, user.UserName),
            new Claim(ClaimTypes.Role, user.Role),
            new Claim(Organisation, user.Organisation),
            new Claim(DisplayName, user.DisplayName),
        ], CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));
}
