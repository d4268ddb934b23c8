namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 632: the date of the previous permanence order (DATE_PERM), when given, is a date (dd/mm/yyyy, with "zz" for an
/// unknown day, or day and month) before the child's first episode in this return began. An unknown part is read as
/// the latest it could be. Only this return's episodes are seen, so an order may be compared with a later episode than
/// the one that began the child's care.
/// </summary>
public sealed class Rule632() : Ssda903Rule("632", "The date of the previous permanence order is not a valid date or is not before the child's care began.", "PrevPerm", "DATE_PERM")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.PreviousPermanence;
        if (rows.Count == 0) return;
        DateOnly? first = null;
        var episodes = child.Episodes;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i].Decom is { } began && (first is null || began < first))
                first = began;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].DatePerm is not { } text) continue;
            if (!PermanenceOrderDate.TryParse(text, out var made))
                findings.Add(rows[i], "DATE_PERM", "The date of the previous permanence order is not a valid date (dd/mm/yyyy; zz for an unknown day, or day and month).");
            else if (first is { } began && made >= began)
                findings.Add(rows[i], "DATE_PERM", $"The previous permanence order is dated {made:dd/MM/yyyy}, not before the child's first episode began on {began:dd/MM/yyyy}.");
        }
    }
}
