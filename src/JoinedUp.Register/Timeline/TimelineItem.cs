namespace JoinedUp.Register.Timeline;

/// <summary>One dated line of a child's timeline: a rating change, a meeting, a review, an action or another recorded change.</summary>
public sealed record TimelineItem(DateOnly On, string Kind, string Summary, string By);
