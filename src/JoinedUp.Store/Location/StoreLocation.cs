using Npgsql;

namespace JoinedUp.Store.Location;

public enum StoreEngine { Sqlite, Postgres }

/// <summary>
/// Where the regional store lives: a SQLite file (the embedded default) or a PostgreSQL database for shared
/// deployments, given as a postgres:// URL or an Npgsql connection string.
/// </summary>
public sealed record StoreLocation(StoreEngine Engine, string Target)
{
    public const string DefaultFileName = "joinedup.db";

    /// <summary>Reads --db: empty means joinedup.db in the working folder.</summary>
    public static StoreLocation Parse(string? spec, string workingFolder)
    {
        if (string.IsNullOrWhiteSpace(spec)) spec = Environment.GetEnvironmentVariable("JOINEDUP_DB");
        if (string.IsNullOrWhiteSpace(spec)) return new(StoreEngine.Sqlite, Path.GetFullPath(Path.Combine(workingFolder, DefaultFileName)));
        spec = spec.Trim();
        if (spec.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || spec.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return new(StoreEngine.Postgres, FromUrl(new Uri(spec)));
        if (spec.Contains("Host=", StringComparison.OrdinalIgnoreCase) && spec.Contains(';'))
            return new(StoreEngine.Postgres, new NpgsqlConnectionStringBuilder(spec).ConnectionString);
        if (spec.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase)) spec = spec["sqlite:".Length..];
        return new(StoreEngine.Sqlite, Path.GetFullPath(Path.Combine(workingFolder, spec)));
    }

    private static string FromUrl(Uri url)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Port = url.IsDefaultPort || url.Port <= 0 ? 5432 : url.Port,
            Database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/')),
        };
        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            var parts = url.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        return builder.ConnectionString;
    }

    /// <summary>For messages: the file, or the PostgreSQL host and database without the password.</summary>
    public string Describe() => Engine == StoreEngine.Sqlite
        ? Target
        : new NpgsqlConnectionStringBuilder(Target) is var b ? $"postgres://{b.Host}:{b.Port}/{b.Database}" : Target;
}
