using System.Security.Claims;
using System.Security.Cryptography;
using Dapper;
using JoinedUp.Store;

namespace JoinedUp.Web.Accounts;

/// <summary>
/// Signed-in sessions held server-side in app_session, so they can end: signing out removes the session's row, and a
/// session is valid only while its row exists, has not passed its absolute lifetime, and its user is enabled with the
/// same security stamp, role and organisation as when it started. Checked on every request (see <see cref="SessionCookieEvents"/>).
/// </summary>
public sealed class UserSessions(RegionalStore store, TimeProvider clock, TimeSpan lifetime)
{
    public const string PasswordMethod = "password";
    public const string OpenIdConnectMethod = "oidc";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Starts a session for the user (signed in by <paramref name="method"/>) and returns the principal for its cookie.</summary>
    public ClaimsPrincipal Start(AppUser user, string method)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var now = Now;
        using var connection = store.OpenConnection();
        connection.Execute("DELETE FROM app_session WHERE expires_at < @now", new { now = SignInAttempts.Stamp(now) });
        connection.Execute("INSERT INTO app_session (id, user_id, method, started_at, expires_at) VALUES (@id, @userId, @method, @startedAt, @expiresAt)",
            new { id, userId = user.Id, method, startedAt = SignInAttempts.Stamp(now), expiresAt = SignInAttempts.Stamp(now + lifetime) });
        return UserClaims.PrincipalFor(user, id);
    }

    /// <summary>Ends the principal's session (signing out); a principal without one is ignored.</summary>
    public void End(ClaimsPrincipal principal)
    {
        if (principal.FindFirstValue(UserClaims.Session) is not { } id) return;
        using var connection = store.OpenConnection();
        connection.Execute("DELETE FROM app_session WHERE id = @id", new { id });
    }

    /// <summary>Ends every session of the user (their security stamp has moved, so the rows are only tidied away).</summary>
    public void EndAll(long userId)
    {
        using var connection = store.OpenConnection();
        connection.Execute("DELETE FROM app_session WHERE user_id = @userId", new { userId });
    }

    /// <summary>The session's state now, or null when the principal's session is over (signed out, expired, revoked).</summary>
    public ActiveSession? Check(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(UserClaims.Session);
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal.FindFirstValue(UserClaims.SecurityStamp);
        if (id is null || userId is null || stamp is null) return null;
        using var connection = store.OpenConnection();
        var row = connection.QuerySingleOrDefault<SessionRow>(
            """
            SELECT u.id AS UserId, u.user_name AS UserName, u.role AS Role, u.organisation AS Organisation, u.disabled AS Disabled,
                u.security_stamp AS SecurityStamp, u.must_change_password AS MustChangePassword, s.method AS Method, s.expires_at AS ExpiresAt
            FROM app_session s JOIN app_user u ON u.id = s.user_id WHERE s.id = @id
            """, new { id });
        if (row is null || row.Disabled || string.CompareOrdinal(row.ExpiresAt, SignInAttempts.Stamp(Now)) <= 0
            || row.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture) != userId
            || row.SecurityStamp.ToString(System.Globalization.CultureInfo.InvariantCulture) != stamp
            || row.UserName != principal.Identity?.Name
            || row.Role != principal.FindFirstValue(ClaimTypes.Role)
            || row.Organisation != principal.FindFirstValue(UserClaims.Organisation))
            return null;
        return new ActiveSession(row.UserId, row.UserName, row.Method, row.MustChangePassword && row.Method == PasswordMethod);
    }

    private sealed class SessionRow
    {
        public long UserId { get; init; }
        public string UserName { get; init; } = "";
        public string Role { get; init; } = "";
        public string Organisation { get; init; } = "";
        public bool Disabled { get; init; }
        public long SecurityStamp { get; init; }
        public bool MustChangePassword { get; init; }
        public string Method { get; init; } = "";
        public string ExpiresAt { get; init; } = "";
    }
}

/// <summary>A session that is still valid; <see cref="MustChangePassword"/> when it may only reach the change-password page.</summary>
public sealed record ActiveSession(long UserId, string UserName, string Method, bool MustChangePassword);
