namespace JoinedUp.Register.Entries;

/// <summary>The parts of an entry edited together on its page: the named keyworker, the agencies involved and the risk indicators.</summary>
public sealed record EntryDetails(string Keyworker, IReadOnlyList<Agency> Agencies, IReadOnlyList<RiskIndicator> RiskIndicators);
