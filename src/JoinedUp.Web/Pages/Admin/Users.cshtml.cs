using JoinedUp.Store;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Auditing;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Admin;

/// <summary>Administrators add users, unlock, disable and reset them; every change is audited. No child data here.</summary>
public sealed class UsersModel(UserAccounts accounts, AuditLog audit, RegionalStore store) : ScopedPage
{
    public IReadOnlyList<AppUser> Users { get; private set; } = [];
    public string? NewPassword { get; private set; }
    public string? NewPasswordFor { get; private set; }
    public string? Error { get; private set; }
    public string KeyFingerprint => store.Key.Fingerprint;

    public void OnGet() => Users = accounts.All();

    public IActionResult OnPostCreate(string? userName, string? displayName, string? role, string? organisation)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrWhiteSpace(displayName) || role is null || !Roles.All.Contains(role) || string.IsNullOrWhiteSpace(organisation))
            Error = "Enter a user name, a name, a role and an organisation.";
        else if (accounts.Find(userName) is not null)
            Error = $"There is already a user called {userName.Trim().ToLowerInvariant()}.";
        else if (RoleOrganisation.Problem(Region, role, organisation) is { } problem)
            Error = problem;
        else
        {
            NewPassword = accounts.Create(userName, displayName.Trim(), role, organisation);
            NewPasswordFor = userName.Trim().ToLowerInvariant();
            audit.Record(User, "user.create", NewPasswordFor, AuditLog.Allowed, $"{role} {organisation}");
        }
        Users = accounts.All();
        return Page();
    }

    public IActionResult OnPostUnlock(string userName)
    {
        accounts.Unlock(userName);
        audit.Record(User, "user.unlock", userName, AuditLog.Allowed);
        Users = accounts.All();
        return Page();
    }

    public IActionResult OnPostReset(string userName)
    {
        if (accounts.Find(userName) is null) return NotFound();
        NewPassword = accounts.ResetPassword(userName);
        NewPasswordFor = userName;
        audit.Record(User, "user.reset-password", userName, AuditLog.Allowed);
        Users = accounts.All();
        return Page();
    }

    public IActionResult OnPostDisable(string userName, bool disabled)
    {
        if (userName == User.Identity?.Name && disabled) Error = "You cannot disable your own account.";
        else
        {
            accounts.SetDisabled(userName, disabled);
            audit.Record(User, disabled ? "user.disable" : "user.enable", userName, AuditLog.Allowed);
        }
        Users = accounts.All();
        return Page();
    }
}
