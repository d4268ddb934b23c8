using System.Globalization;
using CsvHelper;

namespace JoinedUp.Forecast.Spend;

/// <summary>
/// Reads a per-year spend table shaped like the Section 251 outturn: a CSV with a header naming the columns
/// la, year, line and amount (in any order, any case). Year is the financial year's end ("2018") or its
/// span ("2017-18", "2017/18"); amount is in pounds and may carry "£" and thousands separators.
/// </summary>
public static class Section251Table
{
    public static IReadOnlyList<SpendLine> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    public static IReadOnlyList<SpendLine> Read(TextReader text, string source = "spend table")
    {
        using var csv = new CsvReader(text, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = CsvHelper.Configuration.TrimOptions.Trim,
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        }, leaveOpen: true);
        var columns = new[] { "la", "year", "line", "amount" };
        var index = new Dictionary<string, int>();
        if (csv.Read()) csv.ReadHeader();
        var header = (csv.HeaderRecord ?? []).Select(h => h.Trim().ToLowerInvariant()).ToList();
        foreach (var column in columns)
            if (header.IndexOf(column) is var i and >= 0) index[column] = i;
        var missing = columns.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new FormatException($"{source}: the header lacks the column(s) {string.Join(", ", missing)}; expected la, year, line, amount.");

        var lines = new List<SpendLine>();
        while (csv.Read())
        {
            var row = csv.Parser.Row; // line in the file, the header being line 1
            var la = (csv.GetField(index["la"]) ?? "").Trim();
            var line = (csv.GetField(index["line"]) ?? "").Trim().ToLowerInvariant();
            var yearText = (csv.GetField(index["year"]) ?? "");
            var amountText = (csv.GetField(index["amount"]) ?? "");
            if (la.Length == 0) throw new FormatException($"{source}, row {row}, field la: the LA code is missing.");
            if (line.Length == 0) throw new FormatException($"{source}, row {row}, field line: the spend line is missing.");
            var year = ParseYear(yearText) ?? throw new FormatException($"{source}, row {row}, field year: '{yearText}' is not a year such as 2018 or 2017-18.");
            var cleaned = amountText.Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
            if (!double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || !double.IsFinite(amount))
                throw new FormatException($"{source}, row {row}, field amount: '{amountText}' is not an amount in pounds.");
            lines.Add(new SpendLine(la, year, line, amount));
        }
        return lines;
    }

    /// <summary>"2018" is 2018; "2017-18" and "2017/18" are 2018 (the year the financial year ends).</summary>
    public static int? ParseYear(string text)
    {
        text = text.Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 2200) return year;
        var parts = text.Split('-', '/');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first) && first is > 1900 and < 2200
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var second))
        {
            var end = parts[1].Length == 2 ? first / 100 * 100 + second : second;
            if (end < first) end += 100;
            return end == first + 1 ? end : null;
        }
        return null;
    }
}
