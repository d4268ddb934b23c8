using System.Text.Json.Serialization;
using JoinedUp.Forecast.Model;

namespace JoinedUp.Forecast.Scenarios;

/// <summary>
/// A change to the model from a date: a rate or a unit cost multiplied by (1 + Percent / 100).
/// +10 raises it by a tenth; -100 removes it.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(EntryRateAdjustment), "entry")]
[JsonDerivedType(typeof(ExitRateAdjustment), "exit")]
[JsonDerivedType(typeof(TransitionRateAdjustment), "transition")]
[JsonDerivedType(typeof(UnitCostAdjustment), "cost")]
public abstract record ScenarioAdjustment(DateOnly From, double Percent)
{
    public double Factor => 1 + Percent / 100.0;

    /// <summary>Changes the rates in place (cost adjustments leave them alone).</summary>
    public virtual void ApplyTo(FlowRates rates, StateSpace space) { }

    /// <summary>Changes the daily cost per category in place (rate adjustments leave it alone).</summary>
    public virtual void ApplyTo(double[] dailyCostOfCategory, StateSpace space) { }

    /// <summary>Problems with the adjustment for this state space, in words.</summary>
    public virtual IEnumerable<string> Problems(StateSpace space)
    {
        if (Percent < -100 || !double.IsFinite(Percent))
            yield return $"A {Describe()} of {Percent}% would make it negative; the change must be -100% or more.";
    }

    public abstract string Describe();

    protected static IEnumerable<string> UnknownCategory(string? category, StateSpace space)
    {
        if (category is not null && !space.Categories.Contains(category))
            yield return $"There is no placement category '{category}'; categories are: {string.Join(", ", space.Categories)}.";
    }
}
