namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 634: previous permanence information is given only for a child who started to be looked after on or after 1
/// April 2016; a row with any of PREV_PERM, LA_PERM or DATE_PERM is flagged when all the child's episodes began before
/// then. The public validator compares with the start of the collection year instead; the DfE's text names 1 April
/// 2016, which is followed here. A child with no episodes in the return is not flagged.
/// </summary>
public sealed class Rule634() : Ssda903Rule("634", "Previous permanence information is given, but the child has not started to be looked after since 1 April 2016.", "PrevPerm", "PREV_PERM", "LA_PERM", "DATE_PERM")
{
    private static readonly DateOnly From = new(2016, 4, 1);

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.PreviousPermanence;
        var episodes = child.Episodes;
        if (rows.Count == 0 || episodes.Count == 0) return;
        DateOnly? latest = null;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i].Decom is { } began && (latest is null || began > latest))
                latest = began;
        if (latest is not { } last || last >= From) return;
        for (var i = 0; i < rows.Count; i++)
            if (rows[i].PrevPerm is not null || rows[i].LaPerm is not null || rows[i].DatePerm is not null)
                findings.Add(rows[i], "PREV_PERM", $"Previous permanence information is given, but the child's latest episode began on {last:dd/MM/yyyy}, before 1 April 2016.");
    }
}
