namespace JoinedUp.Forecast.Configuration;

/// <summary>
/// An age band of the model: children aged at least <paramref name="FromYears"/> and under
/// <paramref name="ToYears"/> (null: no upper limit, as in "16-18+", which keeps care leavers staying on).
/// </summary>
public sealed record AgeBand(string Name, int FromYears, int? ToYears)
{
    public bool Contains(int ageYears) => ageYears >= FromYears && (ToYears is null || ageYears < ToYears);
}
