namespace JoinedUp.Register.Demo;

/// <summary>The demo register's clock: set to each event's day (at noon UTC) so that every record carries the day it happened.</summary>
internal sealed class SteppingClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Set(DateOnly day) => Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
