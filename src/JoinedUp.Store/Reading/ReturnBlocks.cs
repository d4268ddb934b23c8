using System.Text.Json;

namespace JoinedUp.Store.Reading;

/// <summary>
/// Reads the rows of the small SSDA903 tables back out of their blocks (table return_block): each row as its
/// fields by name, with "row" (the row number in the file: the block's first row plus the row's row_offset) and
/// "child" (the pseudonym) first.
/// </summary>
public static class ReturnBlocks
{
    public static IEnumerable<IReadOnlyDictionary<string, string?>> Rows(int firstRow, string columns, string rows)
    {
        var names = JsonSerializer.Deserialize<string[]>(columns) ?? [];
        using var document = JsonDocument.Parse(rows);
        var result = new List<IReadOnlyDictionary<string, string?>>();
        foreach (var row in document.RootElement.EnumerateArray())
        {
            var fields = new Dictionary<string, string?>(names.Length, StringComparer.Ordinal);
            var i = 0;
            foreach (var value in row.EnumerateArray())
            {
                if (i >= names.Length) break;
                if (names[i] == "row_offset" && value.TryGetInt32(out var offset))
                {
                    fields["row"] = (firstRow + offset).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    i++;
                    continue;
                }
                fields[names[i++]] = value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => value.GetString(),
                    _ => value.GetRawText(),
                };
            }
            result.Add(fields);
        }
        return result;
    }
}
