using Dapper;
using JoinedUp.Store;

namespace JoinedUp.Web.Accounts;

/// <summary>Moves a user to another role or organisation (an OpenID Connect provider's claims keep accounts in step).</summary>
public sealed class UserRoleChange(RegionalStore store)
{
    public void Set(string userName, string role, string organisation)
    {
        if (!Roles.All.Contains(role)) throw new ArgumentException($"Unknown role '{role}'.", nameof(role));
        using var connection = store.OpenConnection();
        connection.Execute("UPDATE app_user SET role = @role, organisation = @organisation WHERE user_name = @userName",
            new { role, organisation, userName = userName.Trim().ToLowerInvariant() });
    }
}
