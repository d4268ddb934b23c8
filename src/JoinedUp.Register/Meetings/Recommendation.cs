namespace JoinedUp.Register.Meetings;

/// <summary>A recommendation of a CETR or LAEP meeting: what, who owns it (a person or team) and by when. It is kept as an action whose completion is tracked.</summary>
public sealed record Recommendation(string Description, string Owner, DateOnly DueOn);
