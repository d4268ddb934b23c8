namespace JoinedUp.Analytics.Cohort;

/// <summary>SSDA903 SEX codes as words.</summary>
public static class Sexes
{
    public const string NotKnown = "Not known";

    public static IReadOnlyList<string> All { get; } = ["Male", "Female", NotKnown];

    public static string Of(int? code) => code switch { 1 => "Male", 2 => "Female", _ => NotKnown };
}
