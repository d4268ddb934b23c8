using JoinedUp.Store.Location;

namespace JoinedUp.Store.Keys;

/// <summary>
/// A local store's files hold pseudonymised children and the key that makes the pseudonyms: the database, its -wal and
/// -shm files and the key file are created readable and writable by their owner only (0600), and any that others can
/// read is reported when the store is opened.
/// </summary>
public static class OwnerOnlyFiles
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode Others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;

    /// <summary>Creates an empty file with mode 0600 (on Windows, an ordinary file).</summary>
    public static void CreateEmpty(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly;
        using var stream = new FileStream(path, options);
    }

    /// <summary>One warning for each of the store's local files (key, database, -wal, -shm) that its group or others can read or write.</summary>
    public static IReadOnlyList<string> Warnings(StoreLocation location)
    {
        if (OperatingSystem.IsWindows() || location.Engine != StoreEngine.Sqlite) return [];
        var warnings = new List<string>();
        var key = StoreKeyring.KeyFileFor(location);
        if (Exposed(key))
            warnings.Add($"the key file {key} can be read by others (mode {Mode(key)}); anyone who reads it can re-identify children from their pseudonyms. Run: chmod 600 '{key}'");
        foreach (var file in new[] { location.Target, location.Target + "-wal", location.Target + "-shm" }.Where(Exposed))
            warnings.Add($"the store file {file} can be read by others (mode {Mode(file)}). Run: chmod 600 '{file}'");
        return warnings;
    }

    private static bool Exposed(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path)) return false;
        return (File.GetUnixFileMode(path) & Others) != 0;
    }

    private static string Mode(string path) => OperatingSystem.IsWindows() ? "" : Convert.ToString((int)File.GetUnixFileMode(path) & 0x1FF, 8).PadLeft(4, '0');
}
