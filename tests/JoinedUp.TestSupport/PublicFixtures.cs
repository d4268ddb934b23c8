namespace JoinedUp.TestSupport;

/// <summary>Finds the public sample files in ../shared/fixtures/public (read-only: copy before changing).</summary>
public static class PublicFixtures
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string PathOf(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    private static string Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("JOINEDUP_SHARED");
        if (!string.IsNullOrEmpty(fromEnv)) return Path.Combine(fromEnv, "fixtures", "public");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "fixtures", "public");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("shared/fixtures/public was not found above " + AppContext.BaseDirectory + "; set JOINEDUP_SHARED.");
    }
}
