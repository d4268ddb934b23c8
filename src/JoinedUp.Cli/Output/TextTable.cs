using System.Text;

namespace JoinedUp.Cli.Output;

/// <summary>
/// A table as plain aligned text: no colour codes and no borders, each row one line however wide, so that it reads
/// the same in a terminal, a redirected file or a log, and a script can split it on runs of spaces. Numbers (cells
/// that start with a digit) are right-aligned.
/// </summary>
public static class TextTable
{
    public static string Format(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string indent = "  ")
    {
        var all = rows.ToList();
        var widths = headers.Select((h, c) => all.Select(r => c < r.Count ? r[c].Length : 0).Append(h.Length).Max()).ToArray();
        var numeric = headers.Select((_, c) => all.Count > 0 && all.All(r => c >= r.Count || r[c].Length == 0 || char.IsAsciiDigit(r[c][0]))).ToArray();
        var text = new StringBuilder();
        void Line(IReadOnlyList<string> cells)
        {
            var line = new StringBuilder(indent);
            for (var c = 0; c < widths.Length; c++)
            {
                var cell = c < cells.Count ? cells[c] : "";
                if (c > 0) line.Append("  ");
                line.Append(numeric[c] ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
            }
            text.Append(line.ToString().TrimEnd()).Append('\n');
        }
        Line(headers);
        foreach (var row in all) Line(row);
        return text.ToString();
    }
}
