using JoinedUp.Web.Accounts;
using JoinedUp.Web.Auditing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JoinedUp.Web.Pages;

public sealed class SignOutModel(AuditLog audit, UserSessions sessions) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        audit.Record(User, "sign-out", User.Identity?.Name ?? "", AuditLog.Allowed);
        sessions.End(User);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/sign-in");
    }
}
