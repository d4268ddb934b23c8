namespace JoinedUp.Ingest.Validation.Ssda903;

/// <summary>
/// The collection years a rule applies to, each year by its end (2024 is 2023/24). JoinedUp holds the DfE's rules for
/// 2023/24 to 2025/26; an earlier return is checked against the 2023/24 rules and a later one against 2025/26's
/// (<see cref="RuleYear"/>).
/// </summary>
public readonly record struct CollectionYears(int First, int Last)
{
    public const int Earliest = 2024;
    public const int Latest = 2026;

    public static CollectionYears All { get; } = new(Earliest, Latest);

    public static CollectionYears From(int first) => new(first, Latest);

    public static CollectionYears Until(int last) => new(Earliest, last);

    public bool Contains(int year) => year >= First && year <= Last;

    public bool Overlaps(CollectionYears other) => First <= other.Last && other.First <= Last;

    /// <summary>The rule year a return of <paramref name="year"/> is checked against.</summary>
    public static int RuleYear(int year) => Math.Clamp(year, Earliest, Latest);

    /// <summary>"2023/24 to 2025/26", "2025/26".</summary>
    public override string ToString() => First == Last ? Name(First) : $"{Name(First)} to {Name(Last)}";

    public static string Name(int year) => $"{year - 1}/{year % 100:00}";
}
