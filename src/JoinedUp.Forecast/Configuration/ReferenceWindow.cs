namespace JoinedUp.Forecast.Configuration;

/// <summary>The period whose episodes the rates are estimated from: <see cref="From"/> inclusive to <see cref="To"/> exclusive.</summary>
public sealed record ReferenceWindow(DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber;

    public override string ToString() => $"{From:yyyy-MM-dd} to {To.AddDays(-1):yyyy-MM-dd}";
}
