namespace JoinedUp.Web.Accounts;

/// <summary>A person who signs in to JoinedUp, with their role and organisation (LA code, ICS footprint or region name).</summary>
public sealed class AppUser
{
    public long Id { get; init; }
    public string UserName { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string PasswordHash { get; init; } = "";
    public string Role { get; init; } = "";
    public string Organisation { get; init; } = "";
    public int FailedSignIns { get; init; }
    public string? LockedUntil { get; init; }
    public bool Disabled { get; init; }
    public string CreatedAt { get; init; } = "";

    /// <summary>Changes whenever the user's password, role, organisation or enabled state changes; sessions carry it.</summary>
    public long SecurityStamp { get; init; }

    /// <summary>The password was set by someone else (a new account, an administrator's reset): the user must choose their own.</summary>
    public bool MustChangePassword { get; init; }

    public bool IsLockedOut(DateTime now) =>
        LockedUntil is not null && DateTime.Parse(LockedUntil, null, System.Globalization.DateTimeStyles.RoundtripKind) > now;
}
