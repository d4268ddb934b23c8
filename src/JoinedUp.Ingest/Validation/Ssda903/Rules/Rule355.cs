namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 355: an episode that began and ended on the same day lasted less than 24 hours, which the return does not record as an episode.</summary>
public sealed class Rule355() : Ssda903Rule("355", "The episode began and ended on the same day: it appears to have lasted less than 24 hours.", "Episodes", "DECOM", "DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode.Decom is { } start && episode.Dec == start)
                findings.Add(episode, "DEC");
    }
}
