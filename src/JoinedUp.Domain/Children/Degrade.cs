using System.Text.RegularExpressions;

namespace JoinedUp.Domain.Children;

/// <summary>Degrading identifying details before they reach the regional store.</summary>
public static partial class Degrade
{
    /// <summary>Date of birth to the first day of its month.</summary>
    public static DateOnly ToMonth(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>
    /// A UK postcode to its district (outward code): "CR0 2AB" and "cr02ab" both give "CR0".
    /// Returns null for a value that is not a postcode.
    /// </summary>
    public static string? ToPostcodeDistrict(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode)) return null;
        var compact = postcode.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var match = FullPostcode().Match(compact);
        if (match.Success) return match.Groups["outward"].Value;
        var outwardOnly = OutwardCode().Match(postcode.Trim().ToUpperInvariant());
        return outwardOnly.Success ? outwardOnly.Value : null;
    }

    [GeneratedRegex("^(?<outward>[A-Z]{1,2}[0-9][0-9A-Z]?)(?<inward>[0-9][A-Z]{2})$")]
    private static partial Regex FullPostcode();

    [GeneratedRegex("^[A-Z]{1,2}[0-9][0-9A-Z]?$")]
    private static partial Regex OutwardCode();
}
