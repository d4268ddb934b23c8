using Dapper;
using JoinedUp.Register.Access;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Storage;
using JoinedUp.Register.Suggestions;
using JoinedUp.Store.Reading;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    /// <summary>Reasons for a placement change (SSDA903 REASON_PLACE_CHANGE) that mean the placement broke down rather than was planned.</summary>
    private static readonly string[] BreakdownReasons = ["ALLEG", "CHILD", "CREQB", "CREQO", "LAREQ", "STAND", "APPRR", "CLOSE"];

    /// <summary>
    /// Risk indicators that the child's linked returns in the store show over the last two years and that the entry
    /// does not already have: placement breakdown from SSDA903 episodes whose REASON_PLACE_CHANGE is an unplanned
    /// ending, and exploitation or police contact from SSDA903 missing episodes. Suggested only: nothing is set until
    /// a person saves it with <see cref="UpdateDetails"/>.
    /// </summary>
    public IReadOnlyList<SuggestedIndicator> SuggestIndicators(RegisterUser user, long entryId)
    {
        using var connection = _store.OpenConnection();
        var row = VisibleEntry(connection, user, entryId, "dsr.suggestions.read");
        var entry = row.ToEntry();
        var since = Dates.Text(Today.AddYears(-2));
        var suggestions = new List<SuggestedIndicator>();
        var breakdowns = connection.Query<(string Start, string Reason)>(
            """
            SELECT e.start_date, e.reason_place_change FROM episode e JOIN submission s ON s.id = e.submission_id
            WHERE s.return_kind = 'ssda903' AND s.la = @la AND e.pseudonym = @pseudonym AND e.start_date >= @since AND e.reason_place_change IS NOT NULL
            """, new { la = entry.LaCode, pseudonym = entry.ChildPseudonym ?? "", since })
            .Where(b => BreakdownReasons.Contains(b.Reason.Trim().ToUpperInvariant()))
            .DistinctBy(b => b.Start).ToList();
        if (breakdowns.Count > 0 && !entry.RiskIndicators.Contains(RiskIndicator.PlacementBreakdown))
            suggestions.Add(new SuggestedIndicator(RiskIndicator.PlacementBreakdown,
                $"SSDA903: {breakdowns.Count} unplanned placement change(s) since {since} (REASON_PLACE_CHANGE {string.Join(", ", breakdowns.Select(b => b.Reason).Distinct())})."));
        // The missing table is kept in blocks of rows (a few hundred a year for an LA): read the LA's, keep the child's.
        var missing = connection.Query<(int FirstRow, string Columns, string Rows)>(
            """
            SELECT b.first_row, b.columns, b.rows FROM return_block b JOIN submission s ON s.id = b.submission_id
            WHERE s.return_kind = 'ssda903' AND s.la = @la AND b.table_name = 'missing'
            """, new { la = entry.LaCode })
            .SelectMany(b => ReturnBlocks.Rows(b.FirstRow, b.Columns, b.Rows))
            .Where(r => entry.ChildPseudonym is not null && r.GetValueOrDefault("child") == entry.ChildPseudonym)
            .Select(r => r.GetValueOrDefault("MIS_START"))
            .Where(start => start is not null && Import.DsrDates.TryParse(start, out var d) && Dates.Text(d).CompareTo(since) >= 0)
            .Distinct().Count();
        if (missing > 0 && !entry.RiskIndicators.Contains(RiskIndicator.ExploitationOrPoliceContact))
            suggestions.Add(new SuggestedIndicator(RiskIndicator.ExploitationOrPoliceContact,
                $"SSDA903: {missing} missing or away-from-placement episode(s) since {since}; check for exploitation or police contact."));
        RegisterAudit.Write(connection, null, user, Now, "dsr.suggestions.read", Target(entryId), AuditOutcome.Allowed, $"{suggestions.Count} suggested");
        return suggestions;
    }
}
