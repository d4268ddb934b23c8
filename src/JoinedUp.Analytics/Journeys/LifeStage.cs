namespace JoinedUp.Analytics.Journeys;

/// <summary>Seed 000's life stages: early years (0-4), primary (5-11), secondary (12-15) and post-16 (16-18), by age in whole years.</summary>
public static class LifeStage
{
    public const string Unknown = "Not known";

    public static IReadOnlyList<string> All { get; } = ["0-4", "5-11", "12-15", "16-18", Unknown];

    public static string Of(int? age) => age switch
    {
        null or < 0 => Unknown,
        < 5 => "0-4",
        < 12 => "5-11",
        < 16 => "12-15",
        _ => "16-18",
    };
}
