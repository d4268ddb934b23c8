namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// JoinedUp's own check (no DfE code of its own in these years): a child placed for adoption (A3 to A6) is placed under a
/// placement order (E1) or a freeing order (D1). The DfE checks the adoption tables against the placement (551, 557);
/// this looks at the episode itself.
/// </summary>
public sealed class RuleJU03() : Ssda903Rule("JU03", "A placement for adoption (A3 to A6) needs legal status E1 (placement order) or D1 (freeing order).", "Episodes", "PLACE", "LS")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode.Place is "A3" or "A4" or "A5" or "A6" && episode.Ls is not ("E1" or "D1"))
                findings.Add(episode, "PLACE", $"Placement {episode.Place} is a placement for adoption but the legal status is {episode.Ls ?? "blank"}, not E1 or D1.");
    }
}
