using JoinedUp.Forecast.Model;

namespace JoinedUp.Forecast.Scenarios;

/// <summary>Changes the unit cost of one placement category, or of all.</summary>
public sealed record UnitCostAdjustment(DateOnly From, double Percent, string? Category = null) : ScenarioAdjustment(From, Percent)
{
    public override void ApplyTo(double[] dailyCostOfCategory, StateSpace space)
    {
        for (var c = 0; c < dailyCostOfCategory.Length; c++)
            if (Category is null || space.Categories[c] == Category)
                dailyCostOfCategory[c] *= Factor;
    }

    public override IEnumerable<string> Problems(StateSpace space) => base.Problems(space).Concat(UnknownCategory(Category, space));

    public override string Describe() => Category is null ? "change in unit costs" : $"change in the unit cost of {Category}";
}
