namespace JoinedUp.Register.Tests.Support;

/// <summary>A clock the test moves by hand.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public void Advance(int days) => Now = Now.AddDays(days);
}
