namespace JoinedUp.Domain.Children;

/// <summary>
/// The NHS number: ten digits, the last a modulus 11 check digit (NHS Data Dictionary). The first nine digits are
/// weighted 10 down to 2 and summed; 11 minus the remainder on division by 11 is the check digit, 11 becoming 0, and
/// a result of 10 means the number is not valid. Spaces and hyphens are ignored.
/// </summary>
public static class NhsNumbers
{
    /// <summary>The ten digits without spaces or hyphens, or null when the text is not ten digits.</summary>
    public static string? Normalise(string? text)
    {
        if (text is null) return null;
        var digits = new string(text.Where(c => c is not (' ' or '-')).ToArray());
        return digits.Length == 10 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>The check digit the first nine digits call for, or null when they call for 10 (no valid number starts so).</summary>
    public static int? CheckDigit(ReadOnlySpan<char> firstNine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (firstNine[i] - '0') * (10 - i);
        var check = 11 - sum % 11;
        return check switch { 11 => 0, 10 => null, _ => check };
    }

    public static bool IsValid(string? text) => Problem(text) is null;

    /// <summary>Null for a valid NHS number; otherwise what is wrong with it, without quoting it.</summary>
    public static string? Problem(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "The NHS number is empty.";
        if (Normalise(text) is not { } digits) return "An NHS number is ten digits, spaces allowed.";
        return CheckDigit(digits.AsSpan(0, 9)) is { } check && check == digits[9] - '0'
            ? null
            : "This is not a valid NHS number: its last digit does not match the modulus 11 check. Check the number against the child's health record.";
    }
}
