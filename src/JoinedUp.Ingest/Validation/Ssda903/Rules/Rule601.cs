using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Codes;
using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 601: a child adopted during the collection year (an episode with REC E11 or E12 whose DEC falls in the year) needs
/// a complete adoption record: all six AD1 items (DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR).
/// An AD1 row with a blank item is reported on its first blank item, with the episode; a child with no AD1 row at all is
/// reported on the episode when the submission includes the AD1 table (an XML return always does). The Python validator
/// reports only AD1 rows that exist; the DfE's rule asks for the items, so a missing row is reported too.
/// </summary>
public sealed class Rule601() : Ssda903Rule("601", "The child was adopted this year but the adoption record (AD1) is incomplete.", "AD1",
    "REC", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0) return;
        var start = child.Return.CollectionStart;
        var end = child.Return.CollectionEnd;
        var adoptions = child.Ad1;
        var rowsReported = false;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Dec is not { } adopted || adopted < start || adopted > end || !AdoptionEndings.IsAdopted(episode.Rec)) continue;
            if (adoptions.Count == 0)
            {
                if (child.Return.Supplied(Ssda903Tables.Ad1))
                    findings.Add(episode, "REC", $"The child was adopted on {adopted:dd/MM/yyyy} (REC {episode.Rec}) but has no adoption record (AD1).");
                continue;
            }
            var incomplete = FirstIncomplete(adoptions);
            if (incomplete is null) continue;
            findings.Add(episode, "REC", $"The child was adopted on {adopted:dd/MM/yyyy} (REC {episode.Rec}) but the adoption record (AD1 row {incomplete.Number}) is incomplete.");
            if (rowsReported) continue;
            rowsReported = true;
            for (var a = 0; a < adoptions.Count; a++)
                if (FirstBlank(adoptions[a]) is { } blank)
                    findings.Add(adoptions[a], blank, $"The child was adopted this year (episodes row {episode.Number}) but {blank} and perhaps other adoption items are blank: all six are needed.");
        }
    }

    private static Ad1Row? FirstIncomplete(IReadOnlyList<Ad1Row> adoptions)
    {
        for (var a = 0; a < adoptions.Count; a++)
            if (FirstBlank(adoptions[a]) is not null) return adoptions[a];
        return null;
    }

    private static string? FirstBlank(Ad1Row row) =>
        row.DateIntText is null ? "DATE_INT"
        : row.DateMatchText is null ? "DATE_MATCH"
        : row.FosterCare is null ? "FOSTER_CARE"
        : row.NbAdoptr is null ? "NB_ADOPTR"
        : row.SexAdoptr is null ? "SEX_ADOPTR"
        : row.LsAdoptr is null ? "LS_ADOPTR"
        : null;
}
