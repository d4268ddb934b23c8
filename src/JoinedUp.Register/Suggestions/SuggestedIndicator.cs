using JoinedUp.Register.Entries;

namespace JoinedUp.Register.Suggestions;

/// <summary>A risk indicator the linked returns suggest, with the evidence; a person decides whether to set it.</summary>
public sealed record SuggestedIndicator(RiskIndicator Indicator, string Evidence);
