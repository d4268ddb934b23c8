namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 222: no Ofsted URN is recorded (other than "XXXXXXX") for placement types Ofsted does not register: P1, P3, R1, R2,
/// R5, T0 to T4 and Z1, and in 2023/24 also P2 (withdrawn from 2024/25).
/// </summary>
public sealed class Rule222() : Ssda903Rule("222", "An Ofsted URN should not be recorded for this placement type.", "Episodes", "URN", "PLACE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var until2024 = child.Return.Year <= 2024;
        foreach (var episode in child.Episodes)
        {
            if (episode.Urn is not { } urn || urn == "XXXXXXX" || episode.Place is not { } place) continue;
            if (place is "P1" or "P3" or "R1" or "R2" or "R5" or "T0" or "T1" or "T2" or "T3" or "T4" or "Z1" || (until2024 && place == "P2"))
                findings.Add(episode, "URN", $"A placement of type {place} has no Ofsted URN; URN should be blank.");
        }
    }
}
