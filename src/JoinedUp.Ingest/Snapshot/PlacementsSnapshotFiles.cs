namespace JoinedUp.Ingest.Snapshot;

/// <summary>Recognises the regional placements snapshot: a workbook, or a CSV whose headings are the snapshot's.</summary>
public static class PlacementsSnapshotFiles
{
    public static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    public static bool RecognisesCsv(string path) => false;
}
