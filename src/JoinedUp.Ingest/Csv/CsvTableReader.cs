using System.Buffers;
using System.Text;
using JoinedUp.Ingest.Files;
using JoinedUp.Ingest.Tables;
using Sylvan.Data.Csv;

namespace JoinedUp.Ingest.Csv;

/// <summary>
/// Streams the rows of one CSV table of a return. The table is recognised by its headings, whatever the file is
/// called; headings may differ in case, spacing and punctuation; columns the DfE does not define are ignored.
/// A missing column, a row cut short (a truncated file) or an unclosed quote refuses the file.
/// Parsing is Sylvan.Data.Csv's, which hands out each field as characters in its buffer: only the columns of the
/// table become strings. (Keeping one copy of each repeated value was measured: looking values up cost more than
/// making the strings.)
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
        var buffer = ArrayPool<char>.Shared.Rent(MaxFieldLength * 4);
        try
        {
            var length = 0;
            for (int c; (c = reader.Read()) >= 0;)
            {
                if (c == '\n') break;
                if (length == MaxFieldLength * 4) return null;
                buffer[length++] = (char)c;
            }
            return length == 0 ? null : new string(buffer, 0, length).TrimEnd('\r');
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private TableSpec? Recognise(IReadOnlySet<string> headings) =>
        _tables.Where(t => t.Signature.All(headings.Contains)).MaxBy(t => t.Signature.Count);

    /// <summary>
    /// The longest row taken, in characters. The reader needs a whole row in its buffer; a longer one is a broken
    /// file (an unclosed quote runs on to the end) and must not be buffered whole in memory.
    /// </summary>
    public const int MaxRowLength = 1 << 20;

    private const int BufferLength = 1 << 16;

    /// <summary>The rows of a table, as one <see cref="ReturnRow"/> refilled for each row.</summary>
    public IEnumerable<ReturnRow> Read(string path, TableSpec? expected = null)
    {
        using var text = TextDecoding.OpenText(path);
        // The reader's buffer is borrowed and given back: a new one per file would be a large-object allocation each
        // time, and those are what make the garbage collector do full collections.
        var buffer = ArrayPool<char>.Shared.Rent(BufferLength);
        try
        {
            foreach (var row in Read(path, expected, text, buffer)) yield return row;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private IEnumerable<ReturnRow> Read(string path, TableSpec? expected, TextReader text, char[] buffer)
    {
        using var csv = Open(text, buffer, path);
        var headings = Enumerable.Range(0, csv.FieldCount).Select(i => HeaderNames.Normalise(csv.GetName(i))).ToArray();
        if (headings.All(h => h.Length == 0))
            throw FileRules.Refuse(FileRules.Empty, "The file has no heading row.", path);
        var table = expected ?? Recognise(headings.ToHashSet())
            ?? throw FileRules.Refuse(FileRules.UnknownKind, $"The headings ({string.Join(", ", headings.Take(8))}) do not match any SSDA903 table.", path);

        var map = MapColumns(path, table, headings);
        var headingCount = headings.Length;
        var current = new ReturnRow(table, path, 1, new string?[table.Fields.Count]);
        var codes = table.Fields.Select(f => f.Kind == FieldKind.Code ? f.Codes : null).ToArray();
        // Rows are numbered as a spreadsheet shows them: the heading is row 1.
        for (var row = 2; ReadRow(csv, path, row); row++)
        {
            var fields = csv.RowFieldCount;
            if (fields == 1 && csv.GetFieldSpan(0).IsWhiteSpace()) continue;
            if (fields < headingCount)
                throw FileRules.Refuse(FileRules.TruncatedRow,
                    $"Row {row} has {fields} fields but the heading has {headingCount}: the file looks truncated or a field holds an unquoted comma or line break.",
                    path, table.Name, row);
            for (var extra = headingCount; extra < fields; extra++)
                if (!csv.GetFieldSpan(extra).IsWhiteSpace())
                    throw FileRules.Refuse(FileRules.MalformedCsv,
                        $"Row {row} has {fields} fields but the heading has {headingCount}: a field probably holds an unquoted comma.",
                        path, table.Name, row);
            // One row object per file, refilled: a row is read before the next is asked for (see ReturnRow).
            current.Number = row;
            var rowValues = current.Values;
            Array.Clear(rowValues);
            for (var i = 0; i < map.Length; i++)
            {
                if (map[i] < 0) continue;
                var value = csv.GetFieldSpan(map[i]);
                if (value.Length > MaxFieldLength)
                    throw FileRules.Refuse(FileRules.MalformedCsv,
                        $"Row {row} holds a field longer than {MaxFieldLength:N0} characters ({table.Fields[i].Name}): the file is broken (an unclosed quote?) or not a return.",
                        path, table.Name, row, table.Fields[i].Name);
                var trimmed = value.Trim();
                // A valid code is the code list's own string: no new string for the commonest kind of value.
                rowValues[i] = trimmed.IsEmpty ? null : codes[i]?.Find(trimmed) ?? trimmed.ToString();
            }
            yield return current;
        }
    }

    private static CsvDataReader Open(TextReader text, char[] buffer, string path)
    {
        var options = new CsvDataReaderOptions
        {
            HasHeaders = true,
            Delimiter = ',',
            // A return has no comment lines: a row starting with '#' is data.
            Comment = '\0',
            MaxBufferSize = MaxRowLength,
            OwnsReader = false,
        };
        try
        {
            return CsvDataReader.Create(text, buffer, options);
        }
        catch (CsvMissingHeadersException)
        {
            throw FileRules.Refuse(FileRules.Empty, "The file has no heading row.", path);
        }
        catch (CsvRecordTooLargeException)
        {
            throw FileRules.Refuse(FileRules.MalformedCsv, $"The heading row is longer than {MaxRowLength:N0} characters: the file is broken or not a return.", path, row: 1);
        }
        catch (DecoderFallbackException)
        {
            throw FileRules.Refuse(FileRules.Encoding, "The heading row holds bytes that are not valid text in the file's encoding.", path, row: 1);
        }
    }

    private static bool ReadRow(CsvDataReader csv, string path, int row)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvRecordTooLargeException)
        {
            throw FileRules.Refuse(FileRules.MalformedCsv, $"Row {row} is longer than {MaxRowLength:N0} characters: the file is broken (an unclosed quote?) or not a return.", path, row: row);
        }
        catch (CsvFormatException e)
        {
            throw FileRules.Refuse(FileRules.MalformedCsv, $"The CSV cannot be parsed at row {row}: {e.Message.Split('\n')[0]}", path, row: row);
        }
        catch (DecoderFallbackException)
        {
            throw FileRules.Refuse(FileRules.Encoding, $"Row {row} holds bytes that are not valid text in the file's encoding.", path, row: row);
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
