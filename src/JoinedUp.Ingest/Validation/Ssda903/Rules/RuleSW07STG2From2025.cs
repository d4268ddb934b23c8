namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE SW07STG2 from 2024/25: the social worker reporting period reaches back a year before the collection year, so a
/// social worker episode's end (SW_DEC) falls between 1 April of the year before and 31 March.
/// </summary>
public sealed class RuleSW07STG2From2025() : Ssda903Rule("SW07STG2", "The social worker episode ended outside the social worker reporting period.", "SWEpisodes", "SW_DEC")
{
    public override CollectionYears Years => CollectionYears.From(2025);

    public override void Check(ChildReturn child, RuleFindings findings) =>
        RuleSW07STG2.Check(child, findings, child.Return.CollectionStart.AddYears(-1));
}
