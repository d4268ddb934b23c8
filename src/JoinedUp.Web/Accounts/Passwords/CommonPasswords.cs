using System.Reflection;

namespace JoinedUp.Web.Accounts.Passwords;

/// <summary>
/// The deny-list of commonly used passwords (common-passwords.txt, an embedded resource made by
/// make-common-passwords.py; nothing is downloaded). A password counts as common when it, or it after undoing the usual
/// substitutions (@ for a, 0 for o, ...), or its core without leading and trailing digits and symbols, is on the list,
/// or when it is one short piece repeated ("abcabcabcabc").
/// </summary>
public static class CommonPasswords
{
    private const string Resource = "JoinedUp.Web.Accounts.Passwords.common-passwords.txt";

    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        var core = lower.Trim(TrimmedCharacters());
        foreach (var form in new[] { lower, core, Unsubstitute(lower, 'i'), Unsubstitute(lower, 'l'), Unsubstitute(core, 'i'), Unsubstitute(core, 'l') })
            if (form.Length > 0 && List.Value.Contains(form)) return true;
        return IsRepeated(lower);
    }

    private static char[] TrimmedCharacters() => "0123456789!\"£$%^&*()-_=+[]{};:'@#~,.<>/?\\| `".ToCharArray();

    private static string Unsubstitute(string text, char one) => string.Create(text.Length, (text, one), static (span, state) =>
    {
        for (var i = 0; i < span.Length; i++)
            span[i] = state.text[i] switch
            {
                '@' or '4' => 'a',
                '3' => 'e',
                '1' or '!' or '|' => state.one,
                '0' => 'o',
                '$' or '5' => 's',
                '7' or '+' => 't',
                '8' => 'b',
                var c => c,
            };
    });

    private static bool IsRepeated(string text)
    {
        for (var unit = 1; unit <= text.Length / 2; unit++)
        {
            if (text.Length % unit != 0) continue;
            var repeated = true;
            for (var i = unit; i < text.Length && repeated; i++) repeated = text[i] == text[i - unit];
            if (repeated) return true;
        }
        return false;
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded list {Resource} is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) set.Add(line);
        return set;
    }
}
