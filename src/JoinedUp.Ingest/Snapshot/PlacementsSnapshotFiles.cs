namespace JoinedUp.Ingest.Snapshot;

/// <summary>Recognises the regional placements snapshot: a workbook, or a CSV whose headings are the snapshot's.</summary>
public static class PlacementsSnapshotFiles
{
    public static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    public static bool RecognisesCsv(string path) =>
        path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && SnapshotCsv.Headings(path) is { } headings && SnapshotFields.Map(headings) is not null;

    public static SnapshotTable Open(string path) => IsWorkbook(path) ? SnapshotWorkbook.Open(path) : SnapshotCsv.Open(path);
}
