using System.Text.RegularExpressions;

namespace JoinedUp.Ingest.Values;

/// <summary>Unique pupil numbers: a letter and 12 characters (11 digits then a digit or, for a temporary UPN, a letter), or UN1-UN5 where unknown.</summary>
public static partial class Upns
{
    public static bool IsValid(string upn) => UpnPattern().IsMatch(upn) || UnknownReason().IsMatch(upn);

    [GeneratedRegex("^[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]$")]
    private static partial Regex UpnPattern();

    [GeneratedRegex("^UN[1-5]$")]
    private static partial Regex UnknownReason();
}
