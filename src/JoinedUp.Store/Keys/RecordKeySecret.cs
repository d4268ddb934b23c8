using System.Globalization;
using System.Security.Cryptography;
using Dapper;

namespace JoinedUp.Store.Keys;

/// <summary>
/// The secret under which the disclosure-control record keys are made (docs/decisions/0005). It is not the
/// pseudonymisation key: it is drawn at random the first time a store is asked for it and kept in the store itself
/// (table disclosure_secret), so every server of a shared deployment and every later import give a child the same
/// record key. Whoever can read the store can read exact counts anyway; the secret protects against the users of the
/// published figures, who never see it.
/// </summary>
public static class RecordKeySecret
{
    public const int Bytes = 32;

    public static byte[] For(RegionalStore store)
    {
        using var connection = store.OpenConnection();
        var stored = connection.QuerySingleOrDefault<string>("SELECT secret FROM disclosure_secret WHERE id = 1");
        if (stored is null)
        {
            connection.Execute("INSERT INTO disclosure_secret (id, secret, created_at) VALUES (1, @secret, @now) ON CONFLICT (id) DO NOTHING",
                new { secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(Bytes)), now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture) });
            stored = connection.QuerySingle<string>("SELECT secret FROM disclosure_secret WHERE id = 1");
        }
        return Convert.FromBase64String(stored);
    }
}
