namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 446: a placement order (LS E1) cannot be the legal status of an episode beginning before 1 December 2005, when placement orders began.</summary>
public sealed class Rule446() : Ssda903Rule("446", "The legal status is a placement order (E1), which no episode beginning before December 2005 can have.", "Episodes", "LS", "DECOM")
{
    private static readonly DateOnly FirstDay = new(2005, 12, 1);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode is { Ls: "E1", Decom: { } start } && start < FirstDay)
                findings.Add(episode, "LS", $"The episode began on {start:dd/MM/yyyy}, before placement orders (E1) existed (December 2005).");
        }
    }
}
