namespace JoinedUp.Synthetic.Children;

/// <summary>A period a looked-after child was missing (M) or away from placement without authorisation (A); End null while still missing.</summary>
public sealed record MissingEpisode(string Kind, DateOnly Start, DateOnly? End);
