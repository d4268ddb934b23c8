namespace JoinedUp.Provision.Map;

/// <summary>
/// The level of risk a setting is able and willing to hold (seed 000: the gap is in "residential settings that were able
/// and willing to hold the level of risk"): standard, or high (behaviour that challenges, risk to self or others).
/// A child's level is high when the snapshot records behaviour that challenges or the child is in secure care.
/// </summary>
public static class RiskLevel
{
    public const string Standard = "standard";
    public const string High = "high";

    public static IReadOnlyList<string> All { get; } = [Standard, High];

    /// <summary>Whether a setting holding <paramref name="held"/> can hold a child at <paramref name="needed"/>.</summary>
    public static bool CanHold(string held, string needed) => held == High || needed == Standard;

    public static string? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "standard" => Standard,
        "high" => High,
        _ => null,
    };
}
