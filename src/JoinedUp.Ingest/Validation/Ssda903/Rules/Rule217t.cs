namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 217t (2023/24 only; deleted for 2024/25): placement type P2 (independent living) was withdrawn on 28 October 2023,
/// so a P2 episode must have ended by then. An end date that is not a date is rule 147's concern.
/// </summary>
public sealed class Rule217t() : Ssda903Rule("217t", "Placement type P2 cannot be used after 28 October 2023: this P2 episode had not ended by then.", "Episodes", "PLACE", "DEC")
{
    private static readonly DateOnly Withdrawn = new(2023, 10, 28);

    public override CollectionYears Years => new(2024, 2024);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode.Place == "P2" && (episode.Dec > Withdrawn || episode.DecText is null))
                findings.Add(episode, "PLACE");
    }
}
