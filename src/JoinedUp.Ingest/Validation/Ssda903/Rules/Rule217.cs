namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 217: from 1 April 2015, a child placed for adoption with their current foster carers (PLACE A3 or A5) stays with the
/// same carer, so the episode's reason for a new episode (RNE) must be S, T or U.
/// </summary>
public sealed class Rule217() : Ssda903Rule("217", "A child placed for adoption with their current foster carers (A3 or A5) must have a reason for the new episode (RNE) of S, T or U.", "Episodes", "PLACE", "DECOM", "RNE")
{
    private static readonly DateOnly From = new(2015, 4, 1);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode.Place is "A3" or "A5" && episode.Decom >= From && episode.Rne is not ("S" or "T" or "U"))
                findings.Add(episode, "RNE");
    }
}
