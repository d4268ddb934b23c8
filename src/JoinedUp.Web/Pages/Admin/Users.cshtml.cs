using JoinedUp.Store;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Forms;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Admin;

/// <summary>Administrators add users, unlock, disable and reset them; every change is audited. No child data here.</summary>
public sealed class UsersModel(UserAccounts accounts, AuditLog audit, RegionalStore store) : ScopedPage
{
    public IReadOnlyList<AppUser> Users { get; private set; } = [];
    public string? NewPassword { get; private set; }
    public string? NewPasswordFor { get; private set; }
    public FormErrors Errors { get; } = new();

    /// <summary>What was typed in the add-a-user form, shown back when it is refused.</summary>
    public (string? UserName, string? DisplayName, string? Role, string? Organisation) Typed { get; private set; }
    public string KeyFingerprint => store.Key.Fingerprint;

    public void OnGet() => Users = accounts.All();

    public IActionResult OnPostCreate(string? userName, string? displayName, string? role, string? organisation)
    {
        Typed = (userName, displayName, role, organisation);
        if (string.IsNullOrWhiteSpace(userName)) Errors.Add("newUserName", "Enter a user name.");
        else if (accounts.Find(userName) is not null) Errors.Add("newUserName", $"There is already a user called {userName.Trim().ToLowerInvariant()}.");
        if (string.IsNullOrWhiteSpace(displayName)) Errors.Add("displayName", "Enter the user's name.");
        if (role is null || !Roles.All.Contains(role)) Errors.Add("role", "Choose a role.");
        if (string.IsNullOrWhiteSpace(organisation)) Errors.Add("organisation", "Choose an organisation.");
        else if (role is not null && Roles.All.Contains(role) && RoleOrganisation.Problem(Region, role, organisation) is { } problem) Errors.Add("organisation", problem);
        if (!Errors.Any)
        {
            NewPassword = accounts.Create(userName!, displayName!.Trim(), role!, organisation!);
            NewPasswordFor = userName!.Trim().ToLowerInvariant();
            Typed = default;
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
        if (userName == User.Identity?.Name && disabled) Errors.Add("users-caption", "You cannot disable your own account.");
        else
        {
            accounts.SetDisabled(userName, disabled);
            audit.Record(User, disabled ? "user.disable" : "user.enable", userName, AuditLog.Allowed);
        }
        Users = accounts.All();
        return Page();
    }
}
