namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 353: no episode in the return began before 14 October 1991 (when the Children Act 1989 came into force).</summary>
public sealed class Rule353() : Ssda903Rule("353", "No episode can begin before 14 October 1991.", "Episodes", "DECOM")
{
    private static readonly DateOnly Earliest = new(1991, 10, 14);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode.Decom < Earliest)
                findings.Add(episode, "DECOM");
    }
}
