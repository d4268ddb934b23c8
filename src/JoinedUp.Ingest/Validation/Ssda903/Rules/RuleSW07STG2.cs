namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE SW07STG2 as in 2023/24: a social worker episode's end (SW_DEC) falls within the collection year (1 April to 31 March).</summary>
public sealed class RuleSW07STG2() : Ssda903Rule("SW07STG2", "The social worker episode ended outside the social worker reporting period.", "SWEpisodes", "SW_DEC")
{
    public override CollectionYears Years => CollectionYears.Until(2024);

    public override void Check(ChildReturn child, RuleFindings findings) =>
        Check(child, findings, child.Return.CollectionStart);

    /// <summary>Flags each episode that ended before <paramref name="periodStart"/> or after the collection year.</summary>
    internal static void Check(ChildReturn child, RuleFindings findings, DateOnly periodStart)
    {
        var workers = child.SocialWorkerEpisodes;
        var end = child.Return.CollectionEnd;
        for (var i = 0; i < workers.Count; i++)
            if (workers[i].SwDec is { } ended && (ended < periodStart || ended > end))
                findings.Add(workers[i], "SW_DEC", $"The social worker episode ended on {ended:dd/MM/yyyy}, outside the reporting period {periodStart:dd/MM/yyyy} to {end:dd/MM/yyyy}.");
    }
}
