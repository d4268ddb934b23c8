using System.Security.Cryptography;
using Dapper;
using JoinedUp.Store;
using Microsoft.AspNetCore.Identity;

namespace JoinedUp.Web.Accounts;

/// <summary>
/// Users in the store's app_user table: passwords hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2), locked for <see cref="LockoutPeriod"/> after <see cref="MaxFailedSignIns"/> failures in a row.
/// </summary>
public sealed class UserAccounts(RegionalStore store)
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);

    private readonly PasswordHasher<AppUser> _hasher = new();

    private const string Columns = """
        id AS Id, user_name AS UserName, display_name AS DisplayName, password_hash AS PasswordHash, role AS Role,
        organisation AS Organisation, failed_sign_ins AS FailedSignIns, locked_until AS LockedUntil, disabled AS Disabled, created_at AS CreatedAt
        """;

    public AppUser? Find(string userName)
    {
        using var connection = store.OpenConnection();
        return connection.QuerySingleOrDefault<AppUser>($"SELECT {Columns} FROM app_user WHERE user_name = @userName", new { userName = userName.Trim().ToLowerInvariant() });
    }

    public IReadOnlyList<AppUser> All()
    {
        using var connection = store.OpenConnection();
        return connection.Query<AppUser>($"SELECT {Columns} FROM app_user ORDER BY user_name").ToList();
    }

    /// <summary>Creates a user with the given password, or a new random one; returns the password (shown once, never stored).</summary>
    public string Create(string userName, string displayName, string role, string organisation, string? password = null)
    {
        if (!Roles.All.Contains(role)) throw new ArgumentException($"Unknown role '{role}'.", nameof(role));
        password ??= NewPassword();
        using var connection = store.OpenConnection();
        connection.Execute(
            """
            INSERT INTO app_user (user_name, display_name, password_hash, role, organisation, failed_sign_ins, locked_until, disabled, created_at)
            VALUES (@userName, @displayName, @hash, @role, @organisation, 0, NULL, 0, @at)
            """,
            new
            {
                userName = userName.Trim().ToLowerInvariant(),
                displayName,
                role,
                organisation,
                hash = _hasher.HashPassword(new AppUser(), password),
                at = DateTime.UtcNow.ToString("O"),
            });
        return password;
    }

    /// <summary>Checks a password, counting failures and locking the account after too many.</summary>
    public SignInResult CheckPassword(string userName, string password)
    {
        var user = Find(userName);
        if (user is null)
        {
            // Spend the same effort as for a real account so timing does not reveal which names exist.
            _hasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, password);
            return new SignInResult(SignInOutcome.Failed, null);
        }
        if (user.Disabled) return new SignInResult(SignInOutcome.Disabled, user);
        var now = DateTime.UtcNow;
        if (user.IsLockedOut(now)) return new SignInResult(SignInOutcome.LockedOut, user);

        using var connection = store.OpenConnection();
        var verified = _hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verified == PasswordVerificationResult.Failed)
        {
            var failures = user.FailedSignIns + 1;
            var lockedUntil = failures >= MaxFailedSignIns ? now.Add(LockoutPeriod).ToString("O") : null;
            connection.Execute("UPDATE app_user SET failed_sign_ins = @failures, locked_until = @lockedUntil WHERE id = @Id",
                new { failures = lockedUntil is null ? failures : 0, lockedUntil, user.Id });
            return new SignInResult(lockedUntil is null ? SignInOutcome.Failed : SignInOutcome.LockedOut, user);
        }
        var hash = verified == PasswordVerificationResult.SuccessRehashNeeded ? _hasher.HashPassword(user, password) : user.PasswordHash;
        connection.Execute("UPDATE app_user SET failed_sign_ins = 0, locked_until = NULL, password_hash = @hash WHERE id = @Id", new { hash, user.Id });
        return new SignInResult(SignInOutcome.Succeeded, user);
    }

    public void Unlock(string userName)
    {
        using var connection = store.OpenConnection();
        connection.Execute("UPDATE app_user SET failed_sign_ins = 0, locked_until = NULL WHERE user_name = @userName", new { userName });
    }

    public void SetDisabled(string userName, bool disabled)
    {
        using var connection = store.OpenConnection();
        connection.Execute("UPDATE app_user SET disabled = @disabled WHERE user_name = @userName", new { disabled = disabled ? 1 : 0, userName });
    }

    /// <summary>Sets a new random password and returns it (shown once).</summary>
    public string ResetPassword(string userName)
    {
        var password = NewPassword();
        using var connection = store.OpenConnection();
        connection.Execute("UPDATE app_user SET password_hash = @hash, failed_sign_ins = 0, locked_until = NULL WHERE user_name = @userName",
            new { hash = _hasher.HashPassword(new AppUser(), password), userName });
        return password;
    }

    /// <summary>A random password of 20 characters from an alphabet without look-alikes.</summary>
    public static string NewPassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Concat(Enumerable.Range(0, 20).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]));
    }

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), NewPassword()));
}

public enum SignInOutcome { Succeeded, Failed, LockedOut, Disabled }

public sealed record SignInResult(SignInOutcome Outcome, AppUser? User);
