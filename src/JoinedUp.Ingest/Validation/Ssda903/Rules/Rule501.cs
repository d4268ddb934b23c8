namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 501: episodes cannot overlap: an episode cannot begin before the previous episode (in start-date order) ended.</summary>
public sealed class Rule501() : Ssda903Rule("501", "The episode began before the previous episode ended.", "Episodes", "DECOM", "DEC")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.EpisodesInOrder;
        for (var i = 1; i < episodes.Count; i++)
            if (episodes[i].Decom is { } start && episodes[i - 1].Dec is { } previousEnd && start < previousEnd)
                findings.Add(episodes[i], "DECOM", $"The episode began on {start:dd/MM/yyyy}, before the previous episode ended on {previousEnd:dd/MM/yyyy}.");
    }
}
