namespace JoinedUp.Analytics.Cohort;

/// <summary>The DfE's age bands for looked-after children statistics, by age in whole years on a given day.</summary>
public static class AgeBand
{
    public const string Unknown = "Not known";

    public static IReadOnlyList<string> All { get; } = ["Under 1", "1 to 4", "5 to 9", "10 to 15", "16 and over", Unknown];

    public static string Of(DateOnly? birthMonth, DateOnly on)
    {
        if (birthMonth is not { } born) return Unknown;
        var age = on.Year - born.Year - (on.Month < born.Month || (on.Month == born.Month && on.Day < born.Day) ? 1 : 0);
        return age switch
        {
            < 0 => Unknown,
            < 1 => "Under 1",
            < 5 => "1 to 4",
            < 10 => "5 to 9",
            < 16 => "10 to 15",
            _ => "16 and over",
        };
    }
}
