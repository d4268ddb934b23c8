namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 451: no episode can still be open under a freeing order (LS D1, no end date and no reason ended): freeing orders
/// could not be applied for after 30 December 2005. The DfE deleted the rule from 2024/25.
/// </summary>
public sealed class Rule451() : Ssda903Rule("451", "The child is still freed for adoption (an open D1 episode), but freeing orders ended in December 2005.", "Episodes", "LS", "DEC", "REC")
{
    public override CollectionYears Years => CollectionYears.Until(2024);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode is { Ls: "D1", DecText: null, Rec: null })
                findings.Add(episode, "LS");
        }
    }
}
