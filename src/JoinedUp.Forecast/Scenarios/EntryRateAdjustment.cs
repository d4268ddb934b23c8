using JoinedUp.Forecast.Model;

namespace JoinedUp.Forecast.Scenarios;

/// <summary>Changes the rate of children entering care (into one placement category, or all).</summary>
public sealed record EntryRateAdjustment(DateOnly From, double Percent, string? Category = null) : ScenarioAdjustment(From, Percent)
{
    public override void ApplyTo(FlowRates rates, StateSpace space)
    {
        for (var s = 0; s < rates.States; s++)
            if (Category is null || space.Categories[space.CategoryOfState(s)] == Category)
                rates.EntriesPerDay[s] *= Factor;
    }

    public override IEnumerable<string> Problems(StateSpace space) => base.Problems(space).Concat(UnknownCategory(Category, space));

    public override string Describe() => Category is null ? "change in entries to care" : $"change in entries to care into {Category}";
}
