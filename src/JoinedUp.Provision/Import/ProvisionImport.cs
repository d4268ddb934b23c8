using JoinedUp.Provision.Storage;

namespace JoinedUp.Provision.Import;

/// <summary>What a provision upload did: how many rows it loaded, or every problem that stopped it (then nothing changed).</summary>
public sealed record ProvisionImportOutcome(int Loaded, int Added, IReadOnlyList<ProvisionProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>Reads, checks and loads provision spreadsheets: all of a file or none of it.</summary>
public static class ProvisionImport
{
    /// <summary>Adds or updates the establishments of a providers file (a regional list, keyed by URN).</summary>
    public static ProvisionImportOutcome Establishments(ProvisionStore store, Stream file, string fileName, string byUser)
    {
        var (sheet, problem) = ProvisionSheets.Read(file, fileName);
        if (problem is not null) return new(0, 0, [problem]);
        var (establishments, problems) = EstablishmentSheet.Parse(sheet!, Path.GetFileName(fileName));
        if (problems.Count > 0) return new(0, 0, problems);
        var added = store.SaveEstablishments(establishments, byUser);
        return new(establishments.Count, added, []);
    }

    /// <summary>Replaces an LA's community services with those of its service mapping return.</summary>
    public static ProvisionImportOutcome Services(ProvisionStore store, string laCode, Stream file, string fileName, string byUser)
    {
        var (sheet, problem) = ProvisionSheets.Read(file, fileName);
        if (problem is not null) return new(0, 0, [problem]);
        var (services, problems) = ServiceSheet.Parse(sheet!, Path.GetFileName(fileName), laCode);
        if (problems.Count > 0) return new(0, 0, problems);
        store.ReplaceServices(laCode, services, byUser);
        return new(services.Count, services.Count, []);
    }
}
