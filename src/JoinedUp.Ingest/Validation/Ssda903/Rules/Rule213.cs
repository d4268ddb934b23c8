using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 213: a temporary placement (T0 to T4) has no placement provider, so PLACE_PROVIDER is left blank.</summary>
public sealed class Rule213() : Ssda903Rule("213", "A temporary placement (T0 to T4) has no provider: the placement provider (PLACE_PROVIDER) should be blank.", "Episodes", "PLACE_PROVIDER", "PLACE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode.PlaceProvider is not null && TemporaryPlacements.Contains(episode.Place))
                findings.Add(episode, "PLACE_PROVIDER");
    }
}
