namespace JoinedUp.Register.Entries;

/// <summary>Compares spreadsheet spellings: lower case, letters and digits only ("Self-harm" = "self harm"; "A&amp;E" = "ae").</summary>
public static class Spelling
{
    public static string Key(string text) =>
        new(text.Trim().ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
