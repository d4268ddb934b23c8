using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace JoinedUp.Web.Accounts;

/// <summary>
/// The claims a signed-in user carries in the cookie: name, role and organisation, and the user id, security stamp and
/// session id that <see cref="UserSessions"/> checks on every request.
/// </summary>
public static class UserClaims
{
    public const string Organisation = "joinedup:organisation";
    public const string DisplayName = "joinedup:display-name";
    public const string Session = "joinedup:session";
    public const string SecurityStamp = "joinedup:security-stamp";

    /// <summary>A principal without a session: a cookie made from it is refused (sessions come from <see cref="UserSessions.Start"/>).</summary>
    public static ClaimsPrincipal PrincipalFor(AppUser user) => PrincipalFor(user, null);

    public static ClaimsPrincipal PrincipalFor(AppUser user, string? session)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.Role, user.Role),
            new(Organisation, user.Organisation),
            new(DisplayName, user.DisplayName),
            new(SecurityStamp, user.SecurityStamp.ToString(CultureInfo.InvariantCulture)),
        };
        if (session is not null) claims.Add(new Claim(Session, session));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
