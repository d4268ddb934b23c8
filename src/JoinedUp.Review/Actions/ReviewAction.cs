namespace JoinedUp.Review.Actions;

/// <summary>An action of a review's plan: what, who owns it, by when, where it has got to, and the statements it answers.</summary>
public sealed record ReviewAction(long Id, long ReviewId, string Description, string Owner, DateOnly DueOn, ActionStatus Status,
    IReadOnlyList<string> Statements, string ProgressNote, string UpdatedAt, string UpdatedBy);
