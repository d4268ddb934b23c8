using JoinedUp.Domain.Pseudonymisation;
using JoinedUp.Store.Location;

namespace JoinedUp.Store.Keys;

/// <summary>
/// Finds the pseudonymisation key for a store. A shared deployment passes it in JOINEDUP_PSEUDONYM_KEY (base64);
/// a local SQLite store keeps it in a file beside the database ("joinedup.db.key"), readable by its owner only,
/// created with a random key when the store itself is new. A missing, short or different key is refused:
/// the store is never re-keyed silently.
/// </summary>
public static class StoreKeyring
{
    public const string EnvironmentVariable = "JOINEDUP_PSEUDONYM_KEY";

    public static string KeyFileFor(StoreLocation location) => location.Target + ".key";

    /// <summary>The key for a store; <paramref name="storeIsNew"/> allows a new key file to be made.</summary>
    public static PseudonymKey Resolve(StoreLocation location, bool storeIsNew)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return PseudonymKey.FromText(fromEnvironment, $"the environment variable {EnvironmentVariable}");

        if (location.Engine == StoreEngine.Postgres)
            throw new PseudonymKeyException($"A shared PostgreSQL store needs its pseudonymisation key in the environment variable {EnvironmentVariable} (base64, at least {PseudonymKey.MinimumBytes} bytes).");

        var keyFile = KeyFileFor(location);
        if (File.Exists(keyFile))
            return PseudonymKey.FromText(File.ReadAllText(keyFile), keyFile);
        if (!storeIsNew)
            throw new PseudonymKeyException($"The store {location.Target} exists but its key file {keyFile} is missing. Restore the key file or set {EnvironmentVariable}; a new key would make every pseudonym in the store unmatchable.");

        var key = PseudonymKey.CreateRandom();
        WriteOwnerOnly(keyFile, key.ToText());
        return key;
    }

    private static void WriteOwnerOnly(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnlyFiles.OwnerOnly;
        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(content);
    }
}
