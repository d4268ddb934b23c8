namespace JoinedUp.Provision.Map;

/// <summary>Ofsted's overall effectiveness judgements for children's homes and residential schools.</summary>
public static class OfstedGrade
{
    public const string Outstanding = "Outstanding";
    public const string Good = "Good";
    public const string RequiresImprovement = "Requires improvement to be good";
    public const string Inadequate = "Inadequate";
    public const string NotYetInspected = "Not yet inspected";

    public static IReadOnlyList<string> All { get; } = [Outstanding, Good, RequiresImprovement, Inadequate, NotYetInspected];

    public static string? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "outstanding" => Outstanding,
        "good" => Good,
        "requires improvement" or "requires improvement to be good" => RequiresImprovement,
        "inadequate" => Inadequate,
        "not yet inspected" or "" => NotYetInspected,
        _ => null,
    };
}
