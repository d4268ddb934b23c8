namespace JoinedUp.Ingest.Reports;

/// <summary>
/// Cells written for spreadsheets: a value starting with = + - @ (or a tab or carriage return) would be run as a
/// formula by Excel, so it is prefixed with an apostrophe and shown as text.
/// </summary>
public static class SpreadsheetSafety
{
    public static string? Neutralise(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
