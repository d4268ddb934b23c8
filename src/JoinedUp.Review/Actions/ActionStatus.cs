namespace JoinedUp.Review.Actions;

/// <summary>Where an action of the plan has got to.</summary>
public enum ActionStatus
{
    NotStarted,
    InProgress,
    Done,
    Dropped,
}

public static class ActionStatuses
{
    public static IReadOnlyList<ActionStatus> All { get; } = [ActionStatus.NotStarted, ActionStatus.InProgress, ActionStatus.Done, ActionStatus.Dropped];

    public static string Code(this ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "not-started",
        ActionStatus.InProgress => "in-progress",
        ActionStatus.Done => "done",
        _ => "dropped",
    };

    public static string Label(this ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Done => "Done",
        _ => "Dropped",
    };

    public static ActionStatus Parse(string? code)
    {
        foreach (var s in All)
            if (s.Code() == code) return s;
        throw new ReviewRuleException("action-status", $"'{code}' is not an action status; the statuses are {string.Join(", ", All.Select(s => s.Code()))}.");
    }
}
