using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JoinedUp.Web.Accounts;

/// <summary>
/// Checks the session cookie against the store on every request: a session that has been signed out, has passed its
/// absolute lifetime, or whose user has been disabled or had their password, role or organisation changed, is refused
/// and its cookie removed. A session whose password must be changed is marked for <see cref="PasswordChangeRequirement"/>.
/// </summary>
public static class SessionCookieEvents
{
    public static async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<UserSessions>();
        var session = context.Principal is null ? null : sessions.Check(context.Principal);
        if (session is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        if (session.MustChangePassword) context.HttpContext.Items[PasswordChangeRequirement.Required] = true;
    }
}
