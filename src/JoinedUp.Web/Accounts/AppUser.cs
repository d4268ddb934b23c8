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

    public bool IsLockedOut(DateTime now) =>
        LockedUntil is not null && DateTime.Parse(LockedUntil, null, System.Globalization.DateTimeStyles.RoundtripKind) > now;
}
