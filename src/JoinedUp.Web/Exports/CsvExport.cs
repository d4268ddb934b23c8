using System.Text;

namespace JoinedUp.Web.Exports;

/// <summary>RFC 4180 CSV from rows of text, every cell neutralised against formula injection.</summary>
public static class CsvExport
{
    public static byte[] Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        Line(text, headers);
        foreach (var row in rows) Line(text, row);
        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }

    private static void Line(StringBuilder text, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) text.Append(',');
            var cell = CellText.Neutralise(cells[i]);
            if (cell.IndexOfAny([',', '"', '\n', '\r']) >= 0) cell = "\"" + cell.Replace("\"", "\"\"") + "\"";
            text.Append(cell);
        }
        text.Append("\r\n");
    }
}
