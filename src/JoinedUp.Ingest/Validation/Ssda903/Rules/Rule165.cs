namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 165: MOTHER, when given, is 0 or 1 and only for a girl or young woman (SEX 2); and it is given for every female
/// child looked after during the year (an episode, not a short break, that overlaps 1 April to 31 March). Reported on
/// the Header row.
/// </summary>
public sealed class Rule165() : Ssda903Rule("165", "The mother status (MOTHER) is not valid: it must be 0 or 1, given only for a female child, and given for every female child looked after during the year.", "Header", "MOTHER", "SEX")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var headers = child.Headers;
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            if (header.Mother is { } mother)
            {
                if (mother is not ("0" or "1")) findings.Add(header, "MOTHER", "MOTHER must be 0 or 1.");
                else if (header.Sex == "1") findings.Add(header, "MOTHER", "MOTHER is given for a male child.");
            }
            else if (header.Sex == "2" && LookedAfterDuringYear(child))
                findings.Add(header, "MOTHER", "MOTHER is blank for a female child looked after during the year.");
        }
    }

    private static bool LookedAfterDuringYear(ChildReturn child)
    {
        var episodes = child.Episodes;
        var start = child.Return.CollectionStart;
        var end = child.Return.CollectionEnd;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i] is { Decom: { } began } episode && episode.Ls is not ("V3" or "V4") && began <= end && (episode.Dec is not { } ended || ended >= start))
                return true;
        return false;
    }
}
