namespace JoinedUp.Register.Timeline;

/// <summary>One dated line of a child's timeline: a rating change, a meeting, a review, an action or another recorded change.</summary>
/// <param name="RecordedAt">When it was recorded (ISO 8601, UTC): orders the lines of one day, newest first; "" when not known.</param>
public sealed record TimelineItem(DateOnly On, string Kind, string Summary, string By, string RecordedAt = "");
