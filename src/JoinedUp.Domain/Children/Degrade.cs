namespace JoinedUp.Domain.Children;

/// <summary>Degrading identifying details before they reach the regional store.</summary>
public static class Degrade
{
    /// <summary>Date of birth to the first day of its month.</summary>
    public static DateOnly ToMonth(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>
    /// A UK postcode to its district (outward code): "CR0 2AB", "cr02ab" and "CR0" all give "CR0".
    /// Returns null for a value that is not a postcode. (Hand-written rather than a regular expression: it runs
    /// twice for every episode of every return.)
    /// </summary>
    public static string? ToPostcodeDistrict(string? postcode)
    {
        Span<char> district = stackalloc char[10];
        var length = District(postcode, district);
        return length < 0 ? null : new string(district[..length]);
    }

    /// <summary>Is this a UK postcode (whole, or its district)? As <see cref="ToPostcodeDistrict"/>, without making the district.</summary>
    public static bool IsPostcode(string? postcode) => District(postcode, stackalloc char[10]) >= 0;

    /// <summary>Writes the district into <paramref name="district"/> (10 characters) and returns its length; -1 if not a postcode.</summary>
    private static int District(string? postcode, Span<char> district)
    {
        if (string.IsNullOrWhiteSpace(postcode) || postcode.Length > 10) return -1;
        var length = 0;
        foreach (var c in postcode)
        {
            if (c == ' ') continue;
            if (!char.IsAsciiLetterOrDigit(c)) return -1;
            district[length++] = char.ToUpperInvariant(c);
        }
        var text = district[..length];
        if (length >= 5 && IsInward(text[^3..]) && IsOutward(text[..^3])) return length - 3;
        return IsOutward(text) ? length : -1;
    }

    /// <summary>A1, A11, A1A, AA1, AA11, AA1A.</summary>
    private static bool IsOutward(ReadOnlySpan<char> s)
    {
        if (s.Length is < 2 or > 4 || !char.IsAsciiLetter(s[0])) return false;
        var i = char.IsAsciiLetter(s[1]) ? 2 : 1;
        if (i >= s.Length || !char.IsAsciiDigit(s[i])) return false;
        return (s.Length - i - 1) switch
        {
            0 => true,
            1 => char.IsAsciiLetterOrDigit(s[i + 1]),
            _ => false,
        };
    }

    /// <summary>9AA.</summary>
    private static bool IsInward(ReadOnlySpan<char> s) => char.IsAsciiDigit(s[0]) && char.IsAsciiLetter(s[1]) && char.IsAsciiLetter(s[2]);
}
