using Dapper;
using JoinedUp.Disclosure;
using JoinedUp.Register.Access;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Regional;
using JoinedUp.Register.Storage;
using JoinedUp.Store.Keys;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    /// <summary>
    /// The regional view for regional analysts and directors: counts by rating, month-by-month movement, time at each
    /// rating, inpatient admissions and how many entered at green, from <paramref name="from"/> to <paramref name="to"/>
    /// (whole months), every count published through the disclosure control (cell key method). Entries whose consent was withdrawn are left out. Audited.
    /// </summary>
    public RegionalRegisterFigures RegionalFigures(RegisterUser user, DateOnly from, DateOnly to)
    {
        using var connection = _store.OpenConnection();
        var scope = Scope(connection, user, "dsr.regional.read", "dsr:regional");
        if (!scope.SeesRegionalFigures) Deny(connection, user, "dsr.regional.read", "dsr:regional", "This role does not see regional register figures.");
        var firstMonth = new DateOnly(from.Year, from.Month, 1);
        var lastMonth = new DateOnly(to.Year, to.Month, 1);
        var las = Region.Members.Select(m => m.DfeCode).ToArray();
        var laList = "(" + string.Join(",", las.Select(l => "'" + l.Replace("'", "''") + "'")) + ")";
        var footprints = Region.Footprints.Keys.Order(StringComparer.Ordinal).ToList();
        if (footprints.Count == 0 || Region.Members.Any(m => Region.FootprintOf(m.DfeCode) is null)) footprints.Add("");
        string FootprintLabel(string f) => f == "" ? "No footprint" : f;
        var ratingLabels = RagRatings.All.Select(r => r.Code()).ToList();

        var keys = new RecordKeys(RecordKeySecret.For(_store));
        var disclosure = DisclosureControl.Protected;
        var footprintLabels = footprints.Select(FootprintLabel).ToList();

        var entries = connection.Query<(string Pseudonym, string La, string Footprint, string Rating, string Risks)>(
            $"SELECT pseudonym, la, footprint, rating, risk_indicators FROM dsr_entry WHERE la IN {laList} AND consent_withdrawn_on IS NULL AND exited_on IS NULL").ToList();
        var current = entries.Select(e => new RegisterRecord(e.La, keys.Of(e.Pseudonym), FootprintLabel(e.Footprint), e.Rating)).ToList();
        var admittedCode = $"|{RiskIndicator.InpatientAdmission.Code()}|";
        var admitted = entries.Where(e => e.Risks.Contains(admittedCode, StringComparison.Ordinal))
            .Select(e => new RegisterRecord(e.La, keys.Of(e.Pseudonym), FootprintLabel(e.Footprint), e.Rating)).ToList();

        var months = new List<string>();
        for (var m = firstMonth; m <= lastMonth; m = m.AddMonths(1)) months.Add(m.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        var moves = connection.Query<(string Pseudonym, string La, string Month, string? From, string To)>(
            $"""
            SELECT DISTINCT e.pseudonym, e.la, SUBSTR(h.changed_on, 1, 7), h.from_rating, h.to_rating
            FROM dsr_rating_change h JOIN dsr_entry e ON e.id = h.entry_id
            WHERE e.la IN {laList} AND e.consent_withdrawn_on IS NULL AND h.changed_on >= @start AND h.changed_on < @end
            """, new { start = Dates.Text(firstMonth), end = Dates.Text(lastMonth.AddMonths(1)) })
            .Select(m => new RegisterRecord(m.La, keys.Of(m.Pseudonym), m.Month, Movement.Label(m.From is null ? null : RagRatings.Parse(m.From), RagRatings.Parse(m.To)))).ToList();
        var movementLabels = Movement.All.Select(m => Movement.Label(m.From, m.To)).ToList();

        var entered = connection.Query<(string Pseudonym, string La, string Year, string Rating)>(
            $"""
            SELECT pseudonym, la, SUBSTR(entered_on, 1, 4), entered_rating FROM dsr_entry
            WHERE la IN {laList} AND consent_withdrawn_on IS NULL AND entered_on >= @start AND entered_on < @end
            """, new { start = Dates.Text(firstMonth), end = Dates.Text(lastMonth.AddMonths(1)) })
            .Select(e => new RegisterRecord(e.La, keys.Of(e.Pseudonym), e.Year, e.Rating)).ToList();
        var years = Enumerable.Range(firstMonth.Year, lastMonth.Year - firstMonth.Year + 1).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var figures = new RegionalRegisterFigures(
            Region.Name, firstMonth, lastMonth.AddMonths(1).AddDays(-1),
            ProtectedTable.Count(footprintLabels, ratingLabels, current, r => r.Row, r => r.Column, disclosure),
            ProtectedTable.Count(months, movementLabels, moves, r => r.Row, r => r.Column, disclosure),
            SpellLengths(connection, laList, firstMonth, lastMonth.AddMonths(1), keys, disclosure),
            ProtectedTable.Count(footprintLabels, ratingLabels, admitted, r => r.Row, r => r.Column, disclosure),
            ProtectedTable.Count(years, ratingLabels, entered, r => r.Row, r => r.Column, disclosure));
        RegisterAudit.Write(connection, null, user, Now, "dsr.regional.read", "dsr:regional", AuditOutcome.Allowed, $"{Dates.Text(firstMonth)} to {Dates.Text(lastMonth)}");
        return figures;
    }

    /// <summary>Spells at each rating that ended in [start, end): from one history line to the next.</summary>
    private static IReadOnlyList<TimeAtRating> SpellLengths(System.Data.Common.DbConnection connection, string laList, DateOnly start, DateOnly end,
        RecordKeys keys, DisclosureControl disclosure)
    {
        var lines = connection.Query<(long EntryId, string Pseudonym, string La, string On, string To)>(
            $"""
            SELECT h.entry_id, e.pseudonym, e.la, h.changed_on, h.to_rating FROM dsr_rating_change h JOIN dsr_entry e ON e.id = h.entry_id
            WHERE e.la IN {laList} AND e.consent_withdrawn_on IS NULL AND h.changed_on < @end
            ORDER BY h.entry_id, h.id
            """, new { end = Dates.Text(end) });
        var spells = RagRatings.All.ToDictionary(r => r, _ => new List<(RegisterRecord Entry, int Days)>());
        (long EntryId, string Pseudonym, string La, string On, string To)? previous = null;
        foreach (var line in lines)
        {
            if (previous is { } p && p.EntryId == line.EntryId)
            {
                var ended = Dates.Parse(line.On);
                if (ended >= start)
                    spells[RagRatings.Parse(p.To)].Add((new RegisterRecord(p.La, keys.Of(p.Pseudonym), p.To, p.EntryId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ended.DayNumber - Dates.Parse(p.On).DayNumber));
            }
            previous = line;
        }
        return RagRatings.All.Select(r =>
        {
            var list = spells[r];
            var children = disclosure.Count(list.Select(s => s.Entry).Distinct());
            var spellCount = disclosure.Count(list.Select(s => s.Entry));
            var shown = list.Count > 0 && DisclosureControl.ShowsMagnitude(children);
            var days = list.Select(s => (double)s.Days).Order().ToList();
            double? median = shown ? (days.Count % 2 == 1 ? days[days.Count / 2] : (days[days.Count / 2 - 1] + days[days.Count / 2]) / 2) : null;
            return new TimeAtRating(r, children, spellCount, median, shown ? Math.Round(days.Average(), 1) : null);
        }).ToList();
    }
}
