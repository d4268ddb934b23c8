using System.Text;

namespace JoinedUp.Review.Evidence;

/// <summary>
/// The name an uploaded file is shown and downloaded under. A name that tries to say where the file goes (a path, "..",
/// a drive, control characters) is refused; anything else is kept to letters, digits, spaces and . _ - ( ), at most 100
/// characters. The name is only ever shown: the file is stored under a random name of the library's own.
/// </summary>
public static class EvidenceFileName
{
    public const int MaxLength = 100;

    public static string Check(string? uploaded)
    {
        var name = uploaded ?? "";
        if (name.Length == 0 || name.Trim().Length == 0) throw new ReviewRuleException("evidence-name", "The uploaded file has no name: refused (evidence-name). Nothing was stored.");
        if (name.Contains('/') || name.Contains('\\') || name.Contains("..", StringComparison.Ordinal) || name.Contains(':') || name.Any(char.IsControl))
            throw new ReviewRuleException("evidence-name",
                $"'{Printable(name)}': refused (evidence-name): a file name may not contain a path (/ or \\), '..', ':' or control characters. Rename the file and upload it again. Nothing was stored.");
        var safe = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormC))
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is ' ' or '.' or '_' or '-' or '(' or ')' ? c : '_');
        var text = safe.ToString().Trim().TrimStart('.');
        var extension = Path.GetExtension(text);
        if (text.Length > MaxLength) text = text[..(MaxLength - extension.Length)] + extension;
        if (Path.GetFileNameWithoutExtension(text).Trim('_', ' ').Length == 0)
            throw new ReviewRuleException("evidence-name", $"'{Printable(name)}': refused (evidence-name): the name has no letters or digits to keep; rename the file and upload it again. Nothing was stored.");
        return text;
    }

    private static string Printable(string name)
    {
        var shown = new string(name.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return shown.Length > 120 ? shown[..120] + "…" : shown;
    }
}
