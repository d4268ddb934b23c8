using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace JoinedUp.Web.Accounts;

/// <summary>
/// A user signed in with a password someone else set (a new account, an administrator's reset) reaches only the
/// change-password page until they have chosen their own: pages redirect there, the API answers 403.
/// </summary>
public static class PasswordChangeRequirement
{
    public const string Required = "joinedup:must-change-password";
    public const string PagePath = "/account/password";

    private static readonly string[] Open = [PagePath, "/sign-out", "/sign-in", "/assets", "/status", "/healthz"];

    public static void Use(WebApplication app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (!context.Items.ContainsKey(Required) || Open.Any(p => path.StartsWithSegments(p)))
        {
            await next();
            return;
        }
        if (path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("Choose your own password first, at " + PagePath + ".");
            return;
        }
        var back = context.Request.Method == HttpMethods.Get ? path + context.Request.QueryString : "/";
        context.Response.Redirect(PagePath + "?returnUrl=" + Uri.EscapeDataString(back));
    });
}
