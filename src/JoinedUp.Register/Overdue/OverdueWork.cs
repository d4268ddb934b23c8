namespace JoinedUp.Register.Overdue;

/// <summary>
/// What is overdue for a team (an LA for LA users, the footprint for ICS leads), oldest first: shown on sign-in and on
/// the team's register page. <see cref="Total"/> is for the sign-in banner.
/// </summary>
public sealed record OverdueWork(string Team, DateOnly Today, IReadOnlyList<OverdueReview> Reviews, IReadOnlyList<OverdueMeeting> Meetings, IReadOnlyList<OverdueAction> Actions)
{
    public int Total => Reviews.Count + Meetings.Count + Actions.Count;

    /// <summary>Overdue actions grouped by owner, for chasing.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<OverdueAction>> ActionsByOwner =>
        Actions.GroupBy(a => a.Owner, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => (IReadOnlyList<OverdueAction>)g.ToList());
}
