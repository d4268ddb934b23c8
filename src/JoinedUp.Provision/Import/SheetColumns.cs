using System.Globalization;
using JoinedUp.Register.Import;

namespace JoinedUp.Provision.Import;

/// <summary>
/// The columns of a provision sheet by header name (case, spaces and underscores ignored), and the checks each cell
/// gets: every failure is one <see cref="ProvisionProblem"/> naming file, row, field and rule.
/// </summary>
internal sealed class SheetColumns
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly string _file;

    public SheetColumns(SpreadsheetRows sheet, string file, IReadOnlyList<string> required, List<ProvisionProblem> problems)
    {
        _file = file;
        for (var i = 0; i < sheet.Headers.Count; i++) _index.TryAdd(Key(sheet.Headers[i]), i);
        foreach (var column in required)
            if (!_index.ContainsKey(Key(column)))
                problems.Add(new(file, 1, column, ProvisionRules.MissingColumn, $"The header row has no '{column}' column. The columns are: {string.Join(", ", required)}."));
    }

    private static string Key(string header) => header.Trim().ToLowerInvariant().Replace(" ", "_", StringComparison.Ordinal).Replace("-", "_", StringComparison.Ordinal);

    /// <summary>Longest text kept in one cell.</summary>
    public const int MaxText = 300;

    public string Text(int row, IReadOnlyList<string> cells, string column, List<ProvisionProblem> problems, bool required = true)
    {
        var value = _index.TryGetValue(Key(column), out var i) && i < cells.Count ? cells[i].Trim() : "";
        if (value.Length == 0 && required) problems.Add(new(_file, row, column, ProvisionRules.Required, $"'{column}' is empty; it must be given."));
        if (value.Length > MaxText)
        {
            problems.Add(new(_file, row, column, ProvisionRules.Text, $"'{column}' is {value.Length} characters long; at most {MaxText} are kept."));
            value = value[..MaxText];
        }
        if (value.Any(c => char.IsControl(c)))
        {
            problems.Add(new(_file, row, column, ProvisionRules.Text, $"'{column}' holds control characters (tabs, line breaks); remove them."));
        }
        return value;
    }

    public string? Code(int row, IReadOnlyList<string> cells, string column, Func<string, string?> parse, IReadOnlyList<string> allowed, List<ProvisionProblem> problems)
    {
        var text = Text(row, cells, column, problems);
        if (text.Length == 0) return null;
        var value = parse(text);
        if (value is null) problems.Add(new(_file, row, column, ProvisionRules.NotAllowed, $"'{Shown(text)}' is not one of: {string.Join("; ", allowed)}."));
        return value;
    }

    public int? Whole(int row, IReadOnlyList<string> cells, string column, int min, int max, List<ProvisionProblem> problems)
    {
        var text = Text(row, cells, column, problems);
        if (text.Length == 0) return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            && !(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue && (value = (int)d) == d))
        {
            problems.Add(new(_file, row, column, ProvisionRules.Number, $"'{Shown(text)}' is not a whole number."));
            return null;
        }
        if (value < min || value > max)
        {
            problems.Add(new(_file, row, column, ProvisionRules.Range, $"{value} is outside the allowed range {min} to {max}."));
            return null;
        }
        return value;
    }

    public decimal? Money(int row, IReadOnlyList<string> cells, string column, List<ProvisionProblem> problems)
    {
        var text = Text(row, cells, column, problems).TrimStart('£').Replace(",", "", StringComparison.Ordinal);
        if (text.Length == 0) return null;
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add(new(_file, row, column, ProvisionRules.Number, $"'{Shown(text)}' is not an amount in pounds."));
            return null;
        }
        if (value < 0 || value > 50_000)
        {
            problems.Add(new(_file, row, column, ProvisionRules.Range, $"£{value:0} a week is outside the allowed range £0 to £50,000."));
            return null;
        }
        return value;
    }

    public DateOnly? Date(int row, IReadOnlyList<string> cells, string column, List<ProvisionProblem> problems)
    {
        var text = Text(row, cells, column, problems, required: false);
        if (text.Length == 0) return null;
        string[] formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];
        if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        // A date cell of a workbook arrives as its serial number.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        problems.Add(new(_file, row, column, ProvisionRules.Date, $"'{Shown(text)}' is not a date; write it as 2024-03-31 or 31/03/2024."));
        return null;
    }

    public bool? YesNo(int row, IReadOnlyList<string> cells, string column, List<ProvisionProblem> problems)
    {
        var text = Text(row, cells, column, problems);
        if (text.Length == 0) return null;
        switch (text.ToLowerInvariant())
        {
            case "y" or "yes" or "true" or "1": return true;
            case "n" or "no" or "false" or "0": return false;
            default:
                problems.Add(new(_file, row, column, ProvisionRules.NotAllowed, $"'{Shown(text)}' is not Y or N."));
                return null;
        }
    }

    /// <summary>A value quoted back in a message, cut short.</summary>
    internal static string Shown(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
