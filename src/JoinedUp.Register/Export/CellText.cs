namespace JoinedUp.Register.Export;

/// <summary>Neutralises spreadsheet formula injection: a cell starting with =, +, - or @ (or a tab or carriage return) is prefixed with an apostrophe.</summary>
public static class CellText
{
    public static string Safe(string? text)
    {
        var t = text ?? "";
        return t.Length > 0 && t[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + t : t;
    }
}
