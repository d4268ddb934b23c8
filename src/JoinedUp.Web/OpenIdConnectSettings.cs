namespace JoinedUp.Web;

/// <summary>
/// An OpenID Connect provider (e.g. the region's Microsoft Entra ID tenant). Two ways to decide what a person signing in
/// may do: without <see cref="RoleClaim"/>, they need an enabled JoinedUp account of the same user name, which decides
/// their role and organisation; with it, the provider's claims decide (through <see cref="RoleMap"/> and
/// <see cref="OrganisationClaim"/>), and JoinedUp keeps an account of that name in step so that it can be disabled.
/// </summary>
public sealed record OpenIdConnectSettings(string Authority, string ClientId, string? ClientSecret, string UserNameClaim = "preferred_username")
{
    public const string EnvironmentPrefix = "JOINEDUP_OIDC_";

    /// <summary>The claim carrying the person's roles or groups: "roles" for Entra ID app roles, "groups" for group object IDs.</summary>
    public string? RoleClaim { get; init; }

    /// <summary>A value of <see cref="RoleClaim"/> (app role, group ID) to a JoinedUp role; a value that is a JoinedUp role maps to itself.</summary>
    public IReadOnlyDictionary<string, string> RoleMap { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The claim naming the organisation: an LA's DfE code for LA roles, an ICS footprint for ICS leads; for the region's
    /// own roles it may be absent (the region is meant).
    /// </summary>
    public string? OrganisationClaim { get; init; }

    /// <summary>Refuse a provider whose metadata is not served over HTTPS; turned off only for a provider on loopback in tests.</summary>
    public bool RequireHttpsMetadata { get; init; } = true;

    /// <summary>
    /// The settings from JOINEDUP_OIDC_AUTHORITY, _CLIENT_ID, _CLIENT_SECRET, _USER_NAME_CLAIM, _ROLE_CLAIM,
    /// _ROLE_MAP ("value=role;value=role") and _ORGANISATION_CLAIM; null when no authority is set.
    /// </summary>
    public static OpenIdConnectSettings? FromEnvironment()
    {
        static string? Get(string name) => Environment.GetEnvironmentVariable(EnvironmentPrefix + name) is { Length: > 0 } value ? value.Trim() : null;
        if (Get("AUTHORITY") is not { } authority) return null;
        var clientId = Get("CLIENT_ID") ?? throw new ArgumentException($"{EnvironmentPrefix}AUTHORITY is set but {EnvironmentPrefix}CLIENT_ID is not.");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in (Get("ROLE_MAP") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !Accounts.Roles.All.Contains(parts[1]))
                throw new ArgumentException($"{EnvironmentPrefix}ROLE_MAP: '{pair}' is not 'provider value=JoinedUp role' with a role among {string.Join(", ", Accounts.Roles.All)}.");
            map[parts[0]] = parts[1];
        }
        return new OpenIdConnectSettings(authority, clientId, Get("CLIENT_SECRET"), Get("USER_NAME_CLAIM") ?? "preferred_username")
        {
            RoleClaim = Get("ROLE_CLAIM"),
            RoleMap = map,
            OrganisationClaim = Get("ORGANISATION_CLAIM"),
        };
    }
}
