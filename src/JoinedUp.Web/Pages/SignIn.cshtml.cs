using JoinedUp.Web.Accounts;
using JoinedUp.Web.Auditing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JoinedUp.Web.Pages;

public sealed class SignInModel(UserAccounts accounts, UserSessions sessions, AuditLog audit, WebOptions options) : PageModel
{
    public string? Error { get; private set; }
    public string UserName { get; private set; } = "";
    public string ReturnUrl { get; private set; } = "/";
    public bool OrganisationSignIn => options.OpenIdConnect is not null;
    public int TimeoutMinutes => (int)options.SessionTimeout.TotalMinutes;
    public int LifetimeHours => (int)options.SessionLifetime.TotalHours;

    public void OnGet(string? returnUrl) => ReturnUrl = Safe(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl)
    {
        ReturnUrl = Safe(returnUrl);
        UserName = userName?.Trim() ?? "";
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            Error = "Enter your user name and password.";
            return Page();
        }
        var result = accounts.CheckPassword(userName, password);
        var user = result.User;
        audit.Record(user?.UserName ?? UserName.ToLowerInvariant(), user?.Role ?? "", user?.Organisation ?? "", "sign-in", UserName,
            result.Outcome == SignInOutcome.Succeeded ? AuditLog.Allowed : AuditLog.Failed, result.Outcome.ToString());
        switch (result.Outcome)
        {
            case SignInOutcome.Succeeded:
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, sessions.Start(user!, UserSessions.PasswordMethod),
                    new AuthenticationProperties { IsPersistent = false });
                return user!.MustChangePassword
                    ? LocalRedirect(PasswordChangeRequirement.PagePath + "?returnUrl=" + Uri.EscapeDataString(ReturnUrl))
                    : LocalRedirect(ReturnUrl);
            case SignInOutcome.LockedOut:
                Error = "This account is locked after too many failed attempts. Try again in 15 minutes or ask an administrator to unlock it.";
                break;
            default:
                Error = "The user name or password is not right.";
                break;
        }
        return Page();
    }

    private string Safe(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
