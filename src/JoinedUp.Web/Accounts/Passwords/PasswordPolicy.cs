using System.Text;

namespace JoinedUp.Web.Accounts.Passwords;

/// <summary>
/// What a new password must be (NIST SP 800-63B): at least <see cref="MinimumLength"/> characters (Unicode code points,
/// after NFKC normalisation), at most <see cref="MaximumLength"/>, not the user name, not a commonly used password; no
/// composition rules (no "one digit, one symbol").
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    /// <summary>The password as it is hashed and checked: NFKC-normalised, so the same characters typed differently match.</summary>
    public static string Normalise(string password) => password.Normalize(NormalizationForm.FormKC);

    /// <summary>Why the password is refused, in words for the person choosing it, or null when it is acceptable.</summary>
    public static string? Problem(string userName, string password)
    {
        var normalised = Normalise(password);
        var length = normalised.EnumerateRunes().Count();
        if (length < MinimumLength) return $"Use at least {MinimumLength} characters (a few unrelated words work well).";
        if (length > MaximumLength) return $"Use at most {MaximumLength} characters.";
        if (string.Equals(normalised.Trim(), userName.Trim(), StringComparison.OrdinalIgnoreCase))
            return "Do not use your user name as your password.";
        if (CommonPasswords.IsCommon(normalised))
            return "That password is on the list of commonly used passwords, which attackers try first. Choose another.";
        return null;
    }
}
