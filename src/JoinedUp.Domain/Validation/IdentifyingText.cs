using System.Text.RegularExpressions;

namespace JoinedUp.Domain.Validation;

/// <summary>
/// What a stored text (a validation message above all) must never quote: a child's own ID, a UPN, an NHS number, or a
/// full date of birth. Messages name the table, row and field instead; the LA's own error report, built from the file
/// it uploaded at that moment, is where the child's ID may appear. This is the last check before a message is stored,
/// and what the migration that cleans older stores looks for.
/// </summary>
public static partial class IdentifyingText
{
    /// <summary>Fields that hold a date of birth, in every return JoinedUp reads.</summary>
    public static IReadOnlySet<string> BirthDateFields { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "DOB", "MC_DOB", "PersonBirthDate", "ExpectedPersonBirthDate", "date_of_birth" };

    /// <summary>
    /// Whether <paramref name="text"/> quotes an identifier: <paramref name="childId"/> (the child's own ID, when known)
    /// as a whole word; anything shaped like a UPN (a letter, 11 digits and a check character) or an NHS number (ten
    /// digits, perhaps spaced 3-3-4); "child" followed by a word with a digit in it (how older messages named the
    /// child); or, when the text is about a date-of-birth field, any date.
    /// </summary>
    public static bool Quotes(string text, string? field = null, string? childId = null)
    {
        if (childId is { Length: > 0 } id && ContainsWord(text, id.Trim())) return true;
        if (UpnShape().IsMatch(text) || NhsNumberShape().IsMatch(text) || ChildNamed().IsMatch(text)) return true;
        return field is not null && BirthDateFields.Contains(field) && DateShape().IsMatch(text);
    }

    /// <summary>The text stored instead of a message that quoted an identifier: the rule and the field, nothing of the child.</summary>
    public static string Withheld(string ruleCode, string? field) =>
        $"Rule {ruleCode} failed{(string.IsNullOrEmpty(field) ? "" : $" on field {field}")}; the message named the child, so only the LA's own error report holds it.";

    /// <summary>Whether <paramref name="word"/> occurs in <paramref name="text"/> with no letter or digit either side.</summary>
    public static bool ContainsWord(string text, string word)
    {
        if (word.Length == 0) return false;
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z][0-9]{11}[0-9A-Za-z](?![A-Za-z0-9])")]
    private static partial Regex UpnShape();

    [GeneratedRegex(@"(?<![0-9])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}(?![0-9])")]
    private static partial Regex NhsNumberShape();

    [GeneratedRegex(@"\bchild\s+(?:ID\s+)?[A-Za-z0-9_-]*[0-9][A-Za-z0-9_-]*", RegexOptions.IgnoreCase)]
    private static partial Regex ChildNamed();

    [GeneratedRegex(@"(?<![0-9])(?:[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}|[0-9]{4}[/.-][0-9]{1,2}[/.-][0-9]{1,2}|[0-9]{8})(?![0-9])")]
    private static partial Regex DateShape();
}
