using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 1001: care leaver information is given only for a relevant or former relevant child: looked after for at least
/// 13 weeks (91 days) since their 14th birthday, some of it after their 16th, and not adopted (final episode E11 or
/// E12). Episodes of this return and last year's are seen (the same episode in both is counted once, as this year
/// has it), short breaks (V3/V4) not counted, the final episode if still open counted to 31 March; an open episode
/// other than the final one is not counted. Young people 20 or over on 31 March are not checked (their care is
/// mostly before last year's return). Needs last year's return.
/// </summary>
public sealed class Rule1001() : Ssda903Rule("1001", "Care leaver information is given, but the episodes do not show a relevant or former relevant child (13 weeks in care since 14 including time after 16, not adopted).", "OC3", "IN_TOUCH", "ACTIV", "ACCOM")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc3;
        if (rows.Count == 0 || child.Dob is not { } dob) return;
        var end = child.Return.CollectionEnd;
        if (dob.AddYears(20) <= end) return;
        var anyGiven = false;
        for (var i = 0; i < rows.Count; i++) anyGiven |= CareLeaverRows.AnyGiven(rows[i]);
        if (!anyGiven) return;

        var current = child.Episodes;
        var previous = child.Previous?.Episodes ?? [];
        if (current.Count == 0 && previous.Count == 0) return; // rule 1002's

        // The final episode across both returns, by start.
        EpisodeRow? last = null;
        for (var i = 0; i < current.Count; i++)
            if (current[i].Decom is { } began && (last is null || began >= last.Decom!.Value)) last = current[i];
        for (var i = 0; i < previous.Count; i++)
            if (previous[i].Decom is { } began && !InCurrent(current, began) && (last is null || began > last.Decom!.Value)) last = previous[i];

        var fourteen = dob.AddYears(14);
        var sixteen = dob.AddYears(16);
        var since14 = 0;
        var since16 = 0;
        for (var i = 0; i < current.Count; i++) Count(current[i], last, end, fourteen, sixteen, ref since14, ref since16);
        for (var i = 0; i < previous.Count; i++)
            if (previous[i].Decom is { } began && !InCurrent(current, began))
                Count(previous[i], last, end, fourteen, sixteen, ref since14, ref since16);

        var adopted = last?.Rec is "E11" or "E12";
        if (!adopted && since14 >= 91 && since16 >= 1) return;
        var why = adopted
            ? $"the final episode ended with adoption ({last!.Rec})"
            : $"the episodes show {since14} days in care since the 14th birthday and {since16} since the 16th";
        for (var i = 0; i < rows.Count; i++)
            if (CareLeaverRows.AnyGiven(rows[i]))
                findings.Add(rows[i], CareLeaverRows.FirstGiven(rows[i]), $"Care leaver information is given, but {why} (this return and {child.Return.Previous!.Source}).");
    }

    private static bool InCurrent(RowList<EpisodeRow> current, DateOnly began)
    {
        for (var i = 0; i < current.Count; i++)
            if (current[i].Decom == began) return true;
        return false;
    }

    private static void Count(EpisodeRow episode, EpisodeRow? last, DateOnly end, DateOnly fourteen, DateOnly sixteen, ref int since14, ref int since16)
    {
        if (episode.Decom is not { } began || episode.Ls is "V3" or "V4") return;
        DateOnly ended;
        if (episode.Dec is { } dec) ended = dec;
        else if (ReferenceEquals(episode, last) && episode.DecText is null) ended = end;
        else return;
        since14 += Math.Max(0, ended.DayNumber - Max(began, fourteen).DayNumber);
        since16 += Math.Max(0, ended.DayNumber - Max(began, sixteen).DayNumber);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
