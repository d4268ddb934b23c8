using JoinedUp.Forecast.Model;

namespace JoinedUp.Forecast.Scenarios;

/// <summary>
/// Changes the rate of moves from one placement category to another in every age band, e.g. +25% from
/// residential to fostering for a faster step-down, or -20% from fostering to residential to keep more
/// children in fostering.
/// </summary>
public sealed record TransitionRateAdjustment(DateOnly From, double Percent, string FromCategory, string ToCategory) : ScenarioAdjustment(From, Percent)
{
    public override void ApplyTo(FlowRates rates, StateSpace space)
    {
        var from = space.IndexOfCategory(FromCategory);
        var to = space.IndexOfCategory(ToCategory);
        for (var band = 0; band < space.Bands.Count; band++)
            rates.TransitionRate[space.StateOf(band, from) * rates.States + space.StateOf(band, to)] *= Factor;
    }

    public override IEnumerable<string> Problems(StateSpace space)
    {
        foreach (var problem in base.Problems(space).Concat(UnknownCategory(FromCategory, space)).Concat(UnknownCategory(ToCategory, space)))
            yield return problem;
        if (FromCategory == ToCategory) yield return $"A move from '{FromCategory}' to itself is not a transition.";
    }

    public override string Describe() => $"change in moves from {FromCategory} to {ToCategory}";
}
