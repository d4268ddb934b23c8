namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE SW10STG2 from 2024/25: as before, except that an episode whose reason is the end of a fixed-term contract (FCONTA) is exempt.</summary>
public sealed class RuleSW10STG2From2025() : Ssda903Rule("SW10STG2", "The social worker episode began more than 7 days away from the end of the previous social worker episode.", "SWEpisodes", "SW_DECOM")
{
    public override CollectionYears Years => CollectionYears.From(2025);

    public override void Check(ChildReturn child, RuleFindings findings) => RuleSW10STG2.Check(child, findings, exemptFixedTermContracts: true);
}
