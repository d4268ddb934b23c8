using JoinedUp.Disclosure;

namespace JoinedUp.Analytics.Journeys;

/// <summary>
/// A child who entered a high-cost placement (residential or inpatient care, see <see cref="ResidentialCare"/>): when,
/// their life stage, sex and ethnic group then, and for each <see cref="Antecedent"/> how many days before the
/// placement it first happened (absent when it did not). Counted only through the disclosure control.
/// </summary>
public sealed record HighCostEntry(string LaCode, byte RecordKey, DateOnly Entered, string LifeStage, string Sex, string EthnicGroup,
    IReadOnlyDictionary<string, int> DaysBefore) : IKeyedRecord
{
    public static HighCostEntry? Of(ChildJourney journey, RecordKeys keys)
    {
        if (journey.FirstResidentialOrInpatient() is not { } entered) return null;
        var before = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var antecedent in Antecedent.All)
            if (journey.Events.FirstOrDefault(e => e.Date < entered && antecedent.Matches(e)) is { } first)
                before[antecedent.Name] = entered.DayNumber - first.Date.DayNumber;
        return new HighCostEntry(journey.La, keys.Of(journey.Pseudonym), entered, Journeys.LifeStage.Of(journey.AgeOn(entered)),
            Cohort.Sexes.Of(journey.Sex), Cohort.EthnicGroup.Of(journey.Ethnicity), before);
    }
}
