using System.Security.Cryptography;
using Dapper;
using JoinedUp.Store;
using JoinedUp.Web.Accounts.Passwords;
using Microsoft.AspNetCore.Identity;

namespace JoinedUp.Web.Accounts;

/// <summary>
/// Users in the store's app_user table: passwords hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2), locked for <see cref="LockoutPeriod"/> after <see cref="MaxFailedSignIns"/> failures in a row (counted per
/// attempted name by <see cref="SignInAttempts"/>, so made-up names lock too). Every change to a password, role,
/// organisation or enabled state moves the user's security stamp, which ends all their sessions (<see cref="UserSessions"/>).
/// </summary>
public sealed class UserAccounts(RegionalStore store, TimeProvider? clock = null)
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);

    private readonly PasswordHasher<AppUser> _hasher = new();
    private readonly SignInAttempts _attempts = new(store);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    private const string Columns = """
        u.id AS Id, u.user_name AS UserName, u.display_name AS DisplayName, u.password_hash AS PasswordHash, u.role AS Role,
        u.organisation AS Organisation, COALESCE(a.failures, 0) AS FailedSignIns, a.locked_until AS LockedUntil, u.disabled AS Disabled,
        u.created_at AS CreatedAt, u.security_stamp AS SecurityStamp, u.must_change_password AS MustChangePassword
        FROM app_user u LEFT JOIN sign_in_attempt a ON a.user_name = u.user_name
        """;

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    private static string Normalise(string userName) => userName.Trim().ToLowerInvariant();

    public AppUser? Find(string userName)
    {
        using var connection = store.OpenConnection();
        return connection.QuerySingleOrDefault<AppUser>($"SELECT {Columns} WHERE u.user_name = @userName", new { userName = Normalise(userName) });
    }

    public IReadOnlyList<AppUser> All()
    {
        using var connection = store.OpenConnection();
        return connection.Query<AppUser>($"SELECT {Columns} ORDER BY u.user_name").ToList();
    }

    /// <summary>
    /// Creates a user with the given password, or a new random one; returns the password (shown once, never stored).
    /// The user must choose their own password at first sign-in unless <paramref name="mustChangePassword"/> is false.
    /// A given password must meet <see cref="PasswordPolicy"/>.
    /// </summary>
    public string Create(string userName, string displayName, string role, string organisation, string? password = null, bool mustChangePassword = true)
    {
        if (!Roles.All.Contains(role)) throw new ArgumentException($"Unknown role '{role}'.", nameof(role));
        if (password is not null && PasswordPolicy.Problem(userName, password) is { } problem) throw new ArgumentException(problem, nameof(password));
        password ??= NewPassword();
        using var connection = store.OpenConnection();
        connection.Execute(
            """
            INSERT INTO app_user (user_name, display_name, password_hash, role, organisation, failed_sign_ins, locked_until, disabled, created_at,
                security_stamp, must_change_password)
            VALUES (@userName, @displayName, @hash, @role, @organisation, 0, NULL, 0, @at, 1, @mustChange)
            """,
            new
            {
                userName = Normalise(userName),
                displayName,
                role,
                organisation,
                hash = Hash(password),
                at = SignInAttempts.Stamp(Now),
                mustChange = mustChangePassword ? 1 : 0,
            });
        return password;
    }

    /// <summary>
    /// Checks a password. The attempt is counted before the password is: once <see cref="MaxFailedSignIns"/> attempts
    /// are under way or failed, further ones are refused as locked without a check, for real and made-up names alike;
    /// every check that is made runs one PBKDF2 hash (a dummy one for an unknown name), so timing tells nothing.
    /// </summary>
    public SignInResult CheckPassword(string userName, string password)
    {
        var now = Now;
        var (attempts, locked) = _attempts.Count(userName, now);
        if (locked || attempts > MaxFailedSignIns) return new SignInResult(SignInOutcome.LockedOut, null);

        var user = Find(userName);
        var verified = _hasher.VerifyHashedPassword(user ?? new AppUser(), user?.PasswordHash ?? DummyHash.Value, PasswordPolicy.Normalise(password));
        if (user is null || verified == PasswordVerificationResult.Failed || user.Disabled)
        {
            if (attempts < MaxFailedSignIns)
                return new SignInResult(user is { Disabled: true } ? SignInOutcome.Disabled : SignInOutcome.Failed, user);
            _attempts.Lock(userName, now.Add(LockoutPeriod));
            return new SignInResult(SignInOutcome.LockedOut, null);
        }
        _attempts.Clear(userName, now);
        if (verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            using var connection = store.OpenConnection();
            connection.Execute("UPDATE app_user SET password_hash = @hash WHERE id = @Id", new { hash = Hash(password), user.Id });
        }
        return new SignInResult(SignInOutcome.Succeeded, user);
    }

    public void Unlock(string userName) => _attempts.Clear(userName, Now);

    /// <summary>Disables or enables a user; either way their sessions end.</summary>
    public void SetDisabled(string userName, bool disabled)
    {
        using var connection = store.OpenConnection();
        connection.Execute("UPDATE app_user SET disabled = @disabled, security_stamp = security_stamp + 1 WHERE user_name = @userName",
            new { disabled = disabled ? 1 : 0, userName = Normalise(userName) });
    }

    /// <summary>Sets a new random password that the user must change at their next sign-in, ends their sessions, and returns it (shown once).</summary>
    public string ResetPassword(string userName)
    {
        var password = NewPassword();
        using (var connection = store.OpenConnection())
            connection.Execute(
                """
                UPDATE app_user SET password_hash = @hash, must_change_password = 1, security_stamp = security_stamp + 1, password_changed_at = @at
                WHERE user_name = @userName
                """, new { hash = Hash(password), at = SignInAttempts.Stamp(Now), userName = Normalise(userName) });
        _attempts.Clear(userName, Now);
        return password;
    }

    /// <summary>Sets the password the user chose (already checked against <see cref="PasswordPolicy"/>); ends all their sessions.</summary>
    public void ChangePassword(string userName, string newPassword)
    {
        if (PasswordPolicy.Problem(userName, newPassword) is { } problem) throw new ArgumentException(problem, nameof(newPassword));
        using var connection = store.OpenConnection();
        connection.Execute(
            """
            UPDATE app_user SET password_hash = @hash, must_change_password = 0, security_stamp = security_stamp + 1, password_changed_at = @at
            WHERE user_name = @userName
            """, new { hash = Hash(newPassword), at = SignInAttempts.Stamp(Now), userName = Normalise(userName) });
    }

    /// <summary>Gives the user another role and organisation; their sessions end.</summary>
    public void ChangeRole(string userName, string role, string organisation)
    {
        if (!Roles.All.Contains(role)) throw new ArgumentException($"Unknown role '{role}'.", nameof(role));
        using var connection = store.OpenConnection();
        connection.Execute("UPDATE app_user SET role = @role, organisation = @organisation, security_stamp = security_stamp + 1 WHERE user_name = @userName",
            new { role, organisation, userName = Normalise(userName) });
    }

    /// <summary>A random password of 20 characters from an alphabet without look-alikes.</summary>
    public static string NewPassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Concat(Enumerable.Range(0, 20).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]));
    }

    private string Hash(string password) => _hasher.HashPassword(new AppUser(), PasswordPolicy.Normalise(password));

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), NewPassword()));
}

public enum SignInOutcome { Succeeded, Failed, LockedOut, Disabled }

public sealed record SignInResult(SignInOutcome Outcome, AppUser? User);
