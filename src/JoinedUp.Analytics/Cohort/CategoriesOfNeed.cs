namespace JoinedUp.Analytics.Cohort;

/// <summary>SSDA903 category of need (CIN) codes, the need recorded on each episode.</summary>
public static class CategoriesOfNeed
{
    public const string NotKnown = "Not known";

    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["N1"] = "Abuse or neglect",
        ["N2"] = "Child's disability",
        ["N3"] = "Parental illness or disability",
        ["N4"] = "Family in acute stress",
        ["N5"] = "Family dysfunction",
        ["N6"] = "Socially unacceptable behaviour",
        ["N7"] = "Low income",
        ["N8"] = "Absent parenting",
    };

    public static string Of(string? code) => code is not null && Names.ContainsKey(code.Trim().ToUpperInvariant()) ? code.Trim().ToUpperInvariant() : NotKnown;

    public static string Describe(string code) => Names.TryGetValue(code, out var name) ? $"{code} {name}" : code;
}
