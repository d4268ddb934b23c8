namespace JoinedUp.Analytics.EarlyWarning;

/// <summary>A child the rules list for a DSR review on a day, with every condition they meet, in words.</summary>
public sealed record EarlyWarningFlag(string La, string Pseudonym, DateOnly AsOf, int? Age, IReadOnlyList<string> Reasons);
