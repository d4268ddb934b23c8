using JoinedUp.Store.Location;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JoinedUp.Web.Hosting;

/// <summary>
/// Where the keys that protect the session and antiforgery cookies are kept. Without a folder of its own the app uses
/// the user profile's, or keys held in memory when there is none, and every restart then invalidates the forms and
/// sign-ins a browser holds (each refused with a warning in the log). A SQLite store keeps them in a folder beside it,
/// owner-only like the store; `JOINEDUP_DATA_PROTECTION_KEYS` names another (a shared folder for several servers).
/// </summary>
public static class DataProtectionKeys
{
    public const string EnvironmentVariable = "JOINEDUP_DATA_PROTECTION_KEYS";

    /// <summary>The folder for a store: $JOINEDUP_DATA_PROTECTION_KEYS, else "&lt;db&gt;.keys/" beside a SQLite file, else null (the default).</summary>
    public static string? FolderFor(StoreLocation location)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        return location.Engine == StoreEngine.Sqlite ? Path.GetFullPath(location.Target) + ".keys" : null;
    }

    internal static void Add(IServiceCollection services, ILoggingBuilder logging, string? folder)
    {
        var protection = services.AddDataProtection().SetApplicationName("JoinedUp");
        if (folder is null) return;
        var directory = OperatingSystem.IsWindows()
            ? Directory.CreateDirectory(folder)
            : Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        protection.PersistKeysToFileSystem(directory);
        // The keys are written unencrypted into an owner-only folder, as the store's own key file is; the key manager's
        // warning that they are not encrypted would otherwise be printed each time it makes one. Its errors still show.
        logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);
    }
}
