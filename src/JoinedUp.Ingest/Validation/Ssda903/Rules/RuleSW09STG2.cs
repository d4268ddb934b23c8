namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE SW09STG2 (a query): a social worker episode that ends on the day it began lasted less than a day.</summary>
public sealed class RuleSW09STG2() : Ssda903Rule("SW09STG2", "The social worker episode ended on the day it began (less than 24 hours).", "SWEpisodes", "SW_DECOM", "SW_DEC")
{
    public override bool IsQuery => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var workers = child.SocialWorkerEpisodes;
        for (var i = 0; i < workers.Count; i++)
            if (workers[i] is { SwDecom: { } start, SwDec: { } end } && start == end)
                findings.Add(workers[i], "SW_DEC", $"The social worker episode began and ended on {start:dd/MM/yyyy}.");
    }
}
