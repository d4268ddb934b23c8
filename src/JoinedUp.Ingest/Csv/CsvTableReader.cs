using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using JoinedUp.Ingest.Files;
using JoinedUp.Ingest.Tables;

namespace JoinedUp.Ingest.Csv;

/// <summary>
/// Streams the rows of one CSV table of a return. The table is recognised by its headings, whatever the file is
/// called; headings may differ in case, spacing and punctuation; columns the DfE does not define are ignored.
/// A missing column, a row cut short (a truncated file) or an unclosed quote refuses the file.
/// </summary>
public sealed class CsvTableReader
{
    public const int MaxFieldLength = 4_096;
    private readonly IReadOnlyList<TableSpec> _tables;

    public CsvTableReader(IReadOnlyList<TableSpec> tables) => _tables = tables;

    /// <summary>Which table a file holds, from its heading row; null if none matches.</summary>
    public TableSpec? Recognise(string path)
    {
        using var reader = TextDecoding.OpenHeadingText(path);
        var first = HeadingLine(reader);
        if (first is null) return null;
        var headings = first.Split(',').Select(h => HeaderNames.Normalise(h.Trim('"'))).ToHashSet();
        return Recognise(headings);
    }

    /// <summary>The first line, if it ends within a heading's plausible length; null otherwise (it is then no return's heading).</summary>
    private static string? HeadingLine(TextReader reader)
    {
        var buffer = new char[MaxFieldLength * 4];
        var length = 0;
        for (int c; (c = reader.Read()) >= 0;)
        {
            if (c == '\n') break;
            if (length == buffer.Length) return null;
            buffer[length++] = (char)c;
        }
        return length == 0 ? null : new string(buffer, 0, length).TrimEnd('\r');
    }

    private TableSpec? Recognise(IReadOnlySet<string> headings) =>
        _tables.Where(t => t.Signature.All(headings.Contains)).MaxBy(t => t.Signature.Count);

    public IEnumerable<ReturnRow> Read(string path, TableSpec? expected = null)
    {
        using var text = TextDecoding.OpenText(path);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            BadDataFound = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
            // No field of a return is anywhere near this long; a longer one is a broken or hostile file, and must not
            // be buffered whole in memory.
            MaxFieldSize = MaxFieldLength,
        };
        using var parser = new CsvParser(text, configuration);
        if (!parser.Read())
            throw FileRules.Refuse(FileRules.Empty, "The file has no heading row.", path);
        var headings = parser.Record!.Select(HeaderNames.Normalise).ToArray();
        var table = expected ?? Recognise(headings.ToHashSet())
            ?? throw FileRules.Refuse(FileRules.UnknownKind, $"The headings ({string.Join(", ", headings.Take(8))}) do not match any SSDA903 table.", path);

        var map = MapColumns(path, table, headings);
        var headingCount = headings.Length;
        while (ReadRow(parser, path))
        {
            var record = parser.Record!;
            var row = parser.Row;
            if (record.Length == 1 && string.IsNullOrWhiteSpace(record[0])) continue;
            if (record.Length < headingCount)
                throw FileRules.Refuse(FileRules.TruncatedRow,
                    $"Row {row} has {record.Length} fields but the heading has {headingCount}: the file looks truncated or a field holds an unquoted comma or line break.",
                    path, table.Name, row);
            if (record.Length > headingCount && record.Skip(headingCount).Any(v => !string.IsNullOrWhiteSpace(v)))
                throw FileRules.Refuse(FileRules.MalformedCsv,
                    $"Row {row} has {record.Length} fields but the heading has {headingCount}: a field probably holds an unquoted comma.",
                    path, table.Name, row);
            var values = new string?[table.Fields.Count];
            for (var i = 0; i < map.Length; i++)
            {
                var source = map[i];
                if (source < 0) continue;
                var value = record[source].Trim();
                values[i] = value.Length == 0 ? null : value;
            }
            yield return new ReturnRow(table, path, row, values);
        }
    }

    private static bool ReadRow(CsvParser parser, string path)
    {
        try
        {
            return parser.Read();
        }
        catch (MaxFieldSizeException)
        {
            throw FileRules.Refuse(FileRules.MalformedCsv, $"Row {parser.Row} holds a field longer than {MaxFieldLength:N0} characters: the file is broken (an unclosed quote?) or not a return.", path, row: parser.Row);
        }
        catch (CsvHelperException e)
        {
            throw FileRules.Refuse(FileRules.MalformedCsv, $"The CSV cannot be parsed near row {parser.Row}: {e.Message.Split('\n')[0]}", path, row: parser.Row);
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw FileRules.Refuse(FileRules.Encoding, $"Row {parser.Row} holds bytes that are not valid text in the file's encoding.", path, row: parser.Row);
        }
    }

    private static int[] MapColumns(string path, TableSpec table, string[] headings)
    {
        var map = new int[table.Fields.Count];
        Array.Fill(map, -1);
        for (var column = 0; column < headings.Length; column++)
        {
            var field = table.IndexOf(headings[column]);
            if (field < 0) continue;
            if (map[field] >= 0)
                throw FileRules.Refuse(FileRules.DuplicateColumn, $"The column {table.Fields[field].Name} appears twice (columns {map[field] + 1} and {column + 1}).", path, table.Name, 1, table.Fields[field].Name);
            map[field] = column;
        }
        var missing = table.Fields.Where((f, i) => !f.OptionalColumn && map[i] < 0).Select(f => f.Name).ToList();
        if (missing.Count > 0)
            throw FileRules.Refuse(FileRules.MissingColumn,
                $"The {table.Name} table has no column {string.Join(", ", missing)}; the DfE specification requires it.", path, table.Name, 1, missing[0]);
        return map;
    }
}
