namespace JoinedUp.Ingest.Validation;

/// <summary>The little the cross-episode rules need to remember of each episode: a few bytes, not the row.</summary>
public readonly record struct EpisodeSpan(DateOnly Start, DateOnly? End, int Row, string? ReasonCeased);
