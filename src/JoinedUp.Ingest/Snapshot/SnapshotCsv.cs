using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using JoinedUp.Ingest.Files;

namespace JoinedUp.Ingest.Snapshot;

/// <summary>Opens a placements snapshot sent as CSV (any of the encodings <see cref="TextDecoding"/> knows).</summary>
public static class SnapshotCsv
{
    public static IReadOnlyList<string>? Headings(string path)
    {
        using var reader = TextDecoding.OpenHeadingText(path);
        using var parser = new CsvParser(reader, Configuration);
        return parser.Read() ? parser.Record : null;
    }

    public static SnapshotTable Open(string path) => new()
    {
        File = path,
        Headings = Headings(path) ?? throw FileRules.Refuse(FileRules.Empty, "The file has no heading row.", path),
        Rows = Rows(path),
    };

    private static IEnumerable<SnapshotRow> Rows(string path)
    {
        using var reader = TextDecoding.OpenText(path);
        using var parser = new CsvParser(reader, Configuration);
        parser.Read();
        while (true)
        {
            try
            {
                if (!parser.Read()) break;
            }
            catch (CsvHelperException e)
            {
                throw FileRules.Refuse(FileRules.MalformedCsv, $"The CSV cannot be parsed near row {parser.Row}: {e.Message.Split('\n')[0]}", path, "snapshot", parser.Row);
            }
            var record = parser.Record!;
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            yield return new SnapshotRow(parser.Row, record.Select(v => string.IsNullOrWhiteSpace(v) ? null : v.Trim()).ToArray());
        }
    }

    private static CsvConfiguration Configuration => new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = false,
        BadDataFound = null,
        DetectColumnCountChanges = false,
        IgnoreBlankLines = true,
    };
}
