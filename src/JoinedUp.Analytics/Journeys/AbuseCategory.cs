namespace JoinedUp.Analytics.Journeys;

/// <summary>The CIN census categories of abuse of a child protection plan, in words (seed 000's neglect, emotional, physical, sexual).</summary>
public static class AbuseCategory
{
    public static string Words(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" => "not given",
        "NEG" => "neglect",
        "EMO" => "emotional abuse",
        "PHY" => "physical abuse",
        "SAB" => "sexual abuse",
        "MUL" => "multiple categories",
        var other => other,
    };
}
