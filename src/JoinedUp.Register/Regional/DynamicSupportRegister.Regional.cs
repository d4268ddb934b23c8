using Dapper;
using JoinedUp.Register.Access;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.Disclosure;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Regional;
using JoinedUp.Register.Storage;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    /// <summary>
    /// The regional view for regional analysts and directors: counts by rating, month-by-month movement, time at each
    /// rating, inpatient admissions and how many entered at green, from <paramref name="from"/> to <paramref name="to"/>
    /// (whole months), all suppressed. Entries whose consent was withdrawn are left out. Audited.
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

        var current = connection.Query<(string Footprint, string Rating, long Count)>(
            $"SELECT footprint, rating, COUNT(*) FROM dsr_entry WHERE la IN {laList} AND consent_withdrawn_on IS NULL GROUP BY footprint, rating", new { }).ToList();
        var byFootprint = new int[footprints.Count, 3];
        foreach (var c in current) byFootprint[footprints.IndexOf(c.Footprint), (int)RagRatings.Parse(c.Rating) - 1] += (int)c.Count;

        var admissions = connection.Query<(string Footprint, string Rating, long Count)>(
            $"SELECT footprint, rating, COUNT(*) FROM dsr_entry WHERE la IN {laList} AND consent_withdrawn_on IS NULL AND risk_indicators LIKE @admitted GROUP BY footprint, rating",
            new { admitted = $"%|{RiskIndicator.InpatientAdmission.Code()}|%" }).ToList();
        var admitted = new int[footprints.Count, 3];
        foreach (var c in admissions) admitted[footprints.IndexOf(c.Footprint), (int)RagRatings.Parse(c.Rating) - 1] += (int)c.Count;

        var months = new List<string>();
        for (var m = firstMonth; m <= lastMonth; m = m.AddMonths(1)) months.Add(m.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        var moves = connection.Query<(string Month, string? From, string To, long Children)>(
            $"""
            SELECT SUBSTR(h.changed_on, 1, 7), h.from_rating, h.to_rating, COUNT(DISTINCT h.entry_id)
            FROM dsr_rating_change h JOIN dsr_entry e ON e.id = h.entry_id
            WHERE e.la IN {laList} AND e.consent_withdrawn_on IS NULL AND h.changed_on >= @start AND h.changed_on < @end
            GROUP BY SUBSTR(h.changed_on, 1, 7), h.from_rating, h.to_rating
            """, new { start = Dates.Text(firstMonth), end = Dates.Text(lastMonth.AddMonths(1)) }).ToList();
        var movementLabels = Movement.All.Select(m => Movement.Label(m.From, m.To)).ToList();
        var monthly = new int[months.Count, movementLabels.Count];
        foreach (var m in moves)
        {
            var column = movementLabels.IndexOf(Movement.Label(m.From is null ? null : RagRatings.Parse(m.From), RagRatings.Parse(m.To)));
            monthly[months.IndexOf(m.Month), column] += (int)m.Children;
        }

        var entered = connection.Query<(string Year, string Rating, long Count)>(
            $"""
            SELECT SUBSTR(entered_on, 1, 4), entered_rating, COUNT(*) FROM dsr_entry
            WHERE la IN {laList} AND consent_withdrawn_on IS NULL AND entered_on >= @start AND entered_on < @end
            GROUP BY SUBSTR(entered_on, 1, 4), entered_rating
            """, new { start = Dates.Text(firstMonth), end = Dates.Text(lastMonth.AddMonths(1)) }).ToList();
        var years = Enumerable.Range(firstMonth.Year, lastMonth.Year - firstMonth.Year + 1).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var enteredAt = new int[years.Count, 3];
        foreach (var e in entered) enteredAt[years.IndexOf(e.Year), (int)RagRatings.Parse(e.Rating) - 1] += (int)e.Count;

        var figures = new RegionalRegisterFigures(
            Region.Name, firstMonth, lastMonth.AddMonths(1).AddDays(-1),
            SmallNumberSuppression.Suppress(footprints.Select(FootprintLabel).ToList(), ratingLabels, byFootprint),
            SmallNumberSuppression.Suppress(months, movementLabels, monthly),
            SpellLengths(connection, laList, firstMonth, lastMonth.AddMonths(1)),
            SmallNumberSuppression.Suppress(footprints.Select(FootprintLabel).ToList(), ratingLabels, admitted),
            SmallNumberSuppression.Suppress(years, ratingLabels, enteredAt));
        RegisterAudit.Write(connection, null, user, Now, "dsr.regional.read", "dsr:regional", AuditOutcome.Allowed, $"{Dates.Text(firstMonth)} to {Dates.Text(lastMonth)}");
        return figures;
    }

    /// <summary>Spells at each rating that ended in [start, end): from one history line to the next.</summary>
    private static IReadOnlyList<TimeAtRating> SpellLengths(System.Data.Common.DbConnection connection, string laList, DateOnly start, DateOnly end)
    {
        var lines = connection.Query<(long EntryId, string On, string To)>(
            $"""
            SELECT h.entry_id, h.changed_on, h.to_rating FROM dsr_rating_change h JOIN dsr_entry e ON e.id = h.entry_id
            WHERE e.la IN {laList} AND e.consent_withdrawn_on IS NULL AND h.changed_on < @end
            ORDER BY h.entry_id, h.id
            """, new { end = Dates.Text(end) });
        var spells = RagRatings.All.ToDictionary(r => r, _ => new List<(long Entry, int Days)>());
        (long EntryId, string On, string To)? previous = null;
        foreach (var line in lines)
        {
            if (previous is { } p && p.EntryId == line.EntryId)
            {
                var ended = Dates.Parse(line.On);
                if (ended >= start) spells[RagRatings.Parse(p.To)].Add((p.EntryId, ended.DayNumber - Dates.Parse(p.On).DayNumber));
            }
            previous = line;
        }
        return RagRatings.All.Select(r =>
        {
            var list = spells[r];
            var children = list.Select(s => s.Entry).Distinct().Count();
            var shown = !SmallNumberSuppression.IsSmall(children) && children > 0;
            var days = list.Select(s => (double)s.Days).Order().ToList();
            double? median = shown ? (days.Count % 2 == 1 ? days[days.Count / 2] : (days[days.Count / 2 - 1] + days[days.Count / 2]) / 2) : null;
            return new TimeAtRating(r, SmallNumberSuppression.Single(children), children == 0 ? new(0) : shown ? new(list.Count) : new(null),
                median, shown ? Math.Round(days.Average(), 1) : null);
        }).ToList();
    }
}
