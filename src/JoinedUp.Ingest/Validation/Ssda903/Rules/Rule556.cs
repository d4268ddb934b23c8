namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 556 (until 2023/24; the DfE deleted it for 2024/25): the decision that the child should be placed for adoption
/// (DATE_PLACED) comes on or before the freeing order was granted: each episode with LS D1 that began before one of the
/// child's decisions is reported.
/// </summary>
public sealed class Rule556() : Ssda903Rule("556", "The decision that the child should be placed for adoption (DATE_PLACED) is after the freeing order was granted (LS D1).", "Episodes",
    "DATE_PLACED", "DECOM")
{
    public override CollectionYears Years => CollectionYears.Until(2024);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var decisions = child.PlacedForAdoption;
        if (decisions.Count == 0) return;
        DateOnly? latest = null;
        for (var i = 0; i < decisions.Count; i++)
            if (decisions[i].DatePlaced is { } d && (latest is null || d > latest)) latest = d;
        if (latest is not { } decided) return;
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i] is { Ls: "D1", Decom: { } granted } && granted < decided)
                findings.Add(episodes[i], "DECOM", $"The freeing order episode began on {granted:dd/MM/yyyy}, before the decision of {decided:dd/MM/yyyy} that the child should be placed for adoption.");
    }
}
