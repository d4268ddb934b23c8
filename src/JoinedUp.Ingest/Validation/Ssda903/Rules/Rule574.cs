namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 574: a child's missing or away periods cannot overlap, and a new one cannot begin while an earlier one is still
/// open. Periods are taken in order of their end (an open period by its start), then start; each is compared with the
/// one before it and flagged when that one is still open or ends after this one began. Rows without a valid start are
/// left to 1004.
/// </summary>
public sealed class Rule574() : Ssda903Rule("574", "The missing or away period overlaps the one before it, or begins while that one is still open.", "Missing", "MIS_START", "MIS_END")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var missing = child.Missing;
        if (missing.Count < 2) return;
        for (var i = 0; i < missing.Count; i++)
        {
            if (missing[i].MisStart is not { } start) continue;
            var key = missing[i].MisEnd ?? start;
            var before = -1;
            for (var j = 0; j < missing.Count; j++)
            {
                if (j == i || missing[j].MisStart is not { } otherStart) continue;
                var otherKey = missing[j].MisEnd ?? otherStart;
                if (!Earlier(otherKey, otherStart, j, key, start, i)) continue;
                if (before < 0 || Earlier(missing[before].MisEnd ?? missing[before].MisStart!.Value, missing[before].MisStart!.Value, before, otherKey, otherStart, j)) before = j;
            }
            if (before < 0) continue;
            var previous = missing[before];
            if (previous.MisEnd is not { } previousEnd)
                findings.Add(missing[i], "MIS_START", $"The period began on {start:dd/MM/yyyy} while the period that began on {previous.MisStart:dd/MM/yyyy} (row {previous.Number}) was still open.");
            else if (start < previousEnd)
                findings.Add(missing[i], "MIS_START", $"The period began on {start:dd/MM/yyyy}, before the period of row {previous.Number} ended on {previousEnd:dd/MM/yyyy}.");
        }
    }

    private static bool Earlier(DateOnly key, DateOnly start, int index, DateOnly otherKey, DateOnly otherStart, int otherIndex)
    {
        var byKey = key.CompareTo(otherKey);
        if (byKey != 0) return byKey < 0;
        var byStart = start.CompareTo(otherStart);
        return byStart != 0 ? byStart < 0 : index < otherIndex;
    }
}
