using JoinedUp.Web.Accounts;
using JoinedUp.Web.Accounts.Passwords;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Forms;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JoinedUp.Web.Pages.Account;

/// <summary>
/// Every signed-in user changes their own password here, and must do so after signing in with one someone else set.
/// The current password is checked (and counted like a sign-in attempt); a change ends every other session of the user.
/// </summary>
public sealed class PasswordModel(UserAccounts accounts, UserSessions sessions, AuditLog audit) : PageModel
{
    public FormErrors Errors { get; } = new();
    public string ReturnUrl { get; private set; } = "/";
    public bool Forced => HttpContext.Items.ContainsKey(PasswordChangeRequirement.Required);

    public void OnGet(string? returnUrl) => ReturnUrl = Safe(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? currentPassword, string? newPassword, string? confirmPassword, string? returnUrl)
    {
        ReturnUrl = Safe(returnUrl);
        var name = User.Identity?.Name ?? "";
        if (string.IsNullOrEmpty(currentPassword)) Errors.Add("currentPassword", "Enter your current password.");
        if (string.IsNullOrEmpty(newPassword)) Errors.Add("newPassword", "Enter a new password.");
        if (string.IsNullOrEmpty(confirmPassword)) Errors.Add("confirmPassword", "Enter the new password again.");
        if (!string.IsNullOrEmpty(newPassword))
        {
            if (!string.IsNullOrEmpty(confirmPassword) && newPassword != confirmPassword)
                Errors.Add("confirmPassword", "The two new passwords are not the same.");
            if (!string.IsNullOrEmpty(currentPassword) && PasswordPolicy.Normalise(newPassword) == PasswordPolicy.Normalise(currentPassword))
                Errors.Add("newPassword", "Choose a new password, not the one you have now.");
            else if (PasswordPolicy.Problem(name, newPassword) is { } problem)
                Errors.Add("newPassword", problem);
        }
        if (!Errors.Any)
        {
            var check = accounts.CheckPassword(name, currentPassword!);
            if (check.Outcome == SignInOutcome.Succeeded && check.User is { } user)
            {
                accounts.ChangePassword(name, newPassword!);
                sessions.EndAll(user.Id);
                audit.Record(User, "user.change-password", name, AuditLog.Allowed, Forced ? "first choice after a set password" : "");
                var changed = accounts.Find(name)!;
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, sessions.Start(changed, UserSessions.PasswordMethod),
                    new AuthenticationProperties { IsPersistent = false });
                return LocalRedirect(ReturnUrl);
            }
            audit.Record(User, "user.change-password", name, AuditLog.Failed, check.Outcome.ToString());
            Errors.Add("currentPassword", check.Outcome == SignInOutcome.LockedOut
                ? "Your account is locked after too many failed attempts. Try again in 15 minutes or ask an administrator to unlock it."
                : "Your current password is not right.");
        }
        return Page();
    }

    private string Safe(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith(PasswordChangeRequirement.PagePath, StringComparison.OrdinalIgnoreCase) ? returnUrl : "/";
}
