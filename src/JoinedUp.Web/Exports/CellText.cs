namespace JoinedUp.Web.Exports;

/// <summary>Exported text that a spreadsheet could read as a formula is neutralised with a leading apostrophe.</summary>
public static class CellText
{
    public static string Neutralise(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        return text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }
}
