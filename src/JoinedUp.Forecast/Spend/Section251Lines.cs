namespace JoinedUp.Forecast.Spend;

/// <summary>The Section 251 outturn lines seed 004 follows; a table may hold others.</summary>
public static class Section251Lines
{
    public const string HighNeedsTopUps = "high needs top-ups";
    public const string IndependentSpecialSchools = "independent special school places";
    public const string LookedAfterPlacements = "looked-after children placements";
    public const string Safeguarding = "safeguarding";
    public const string EarlyHelp = "early help";

    public static IReadOnlyList<string> All { get; } = [HighNeedsTopUps, IndependentSpecialSchools, LookedAfterPlacements, Safeguarding, EarlyHelp];
}
