using System.Security.Cryptography;
using JoinedUp.Store.Keys;
using JoinedUp.Store.Location;

namespace JoinedUp.Review.Evidence;

/// <summary>
/// Where uploaded evidence is kept: a folder outside the web application (beside a SQLite store as
/// "&lt;store&gt;.evidence", or the folder a shared deployment names), each file under a random name of 32 hex digits
/// with no extension, owner-only (0600). Files are only ever read back by that name, which the store holds.
/// </summary>
public sealed class EvidenceFiles
{
    public EvidenceFiles(string folder) => Folder = Path.GetFullPath(folder);

    public string Folder { get; }

    /// <summary>The default folder: beside a SQLite store; for PostgreSQL, JOINEDUP_REVIEW_EVIDENCE or ./joinedup-evidence.</summary>
    public static EvidenceFiles For(StoreLocation location) => new(location.Engine == StoreEngine.Sqlite
        ? location.Target + ".evidence"
        : Environment.GetEnvironmentVariable("JOINEDUP_REVIEW_EVIDENCE") is { Length: > 0 } configured ? configured : "joinedup-evidence");

    public string Save(byte[] content)
    {
        Directory.CreateDirectory(Folder);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnlyFiles.OwnerOnly;
        using (var stream = new FileStream(PathOf(name), options)) stream.Write(content);
        return name;
    }

    public byte[] Read(string storedName) => File.ReadAllBytes(PathOf(storedName));

    public void Delete(string storedName) => File.Delete(PathOf(storedName));

    private string PathOf(string storedName)
    {
        if (storedName.Length != 32 || !storedName.All(char.IsAsciiHexDigitLower))
            throw new InvalidOperationException("A stored evidence name is not one the review made.");
        return Path.Combine(Folder, storedName);
    }
}
