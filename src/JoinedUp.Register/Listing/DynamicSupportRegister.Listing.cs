using Dapper;
using JoinedUp.Register.Access;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Listing;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Storage;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    private const string SeverityOrder = "CASE e.rating WHEN 'red' THEN 0 WHEN 'amber' THEN 1 ELSE 2 END, e.next_review_due, e.id";

    /// <summary>The register for the user's LA or ICS footprint, filtered and paged (audited as one read).</summary>
    public RegisterPage ListEntries(RegisterUser user, RegisterFilter filter)
    {
        using var connection = _store.OpenConnection();
        var target = "dsr:register:" + (filter.LaCode ?? user.Organisation);
        var scope = ChildScope(connection, user, "dsr.register.read", target);
        if (filter.LaCode is not null && !scope.LaCodes.Contains(filter.LaCode))
            Deny(connection, user, "dsr.register.read", target, $"LA {filter.LaCode} is outside your scope.");
        var pageSize = Math.Clamp(filter.PageSize, 1, 500);
        var page = Math.Max(1, filter.Page);
        var today = Dates.Text(Today);
        var where = new List<string> { "e.la IN @@las", "e.exited_on IS NULL" };
        if (!scope.SeesWithdrawnConsent) where.Add("e.consent_withdrawn_on IS NULL");
        if (filter.Indicator is { } indicator) where.Add($"e.risk_indicators LIKE '%|{indicator.Code()}|%'");
        if (filter.Agency is { } agency) where.Add($"e.agencies LIKE '%|{agency.Code()}|%'");
        if (!string.IsNullOrWhiteSpace(filter.Keyworker)) where.Add("LOWER(e.keyworker) LIKE @keyworker");
        if (filter.ReviewOverdueOnly) where.Add("e.next_review_due < @today");
        var parameters = SqlList.With(new
        {
            keyworker = "%" + filter.Keyworker?.Trim().ToLowerInvariant() + "%",
            today,
            rating = filter.Rating?.Code(),
            take = pageSize,
            skip = (page - 1) * pageSize,
        }, "la", filter.LaCode is null ? scope.LaCodes : [filter.LaCode], out var laList);
        var common = string.Join(" AND ", where).Replace("@@las", laList);
        var counts = connection.Query<(string Rating, long Count)>($"SELECT e.rating, COUNT(*) FROM dsr_entry e WHERE {common} GROUP BY e.rating", parameters)
            .ToDictionary(c => RagRatings.Parse(c.Rating), c => (int)c.Count);
        var byRating = RagRatings.All.ToDictionary(r => r, r => counts.GetValueOrDefault(r));
        var withRating = filter.Rating is null ? common : common + " AND e.rating = @rating";
        var total = filter.Rating is { } r0 ? byRating[r0] : byRating.Values.Sum();
        var rows = connection.Query<ListingRow>(
            $"""
            WITH page AS (SELECT e.id FROM dsr_entry e WHERE {withRating} ORDER BY {SeverityOrder} LIMIT @take OFFSET @skip)
            SELECT e.id AS Id, e.la AS La, e.rating AS Rating, e.rating_reason AS RatingReason, e.rating_since AS RatingSince,
                   e.keyworker AS Keyworker, e.risk_indicators AS RiskIndicators, e.next_review_due AS NextReviewDue,
                   e.consent_withdrawn_on AS ConsentWithdrawnOn, e.version AS Version,
                   (SELECT MIN(m.due_on) FROM dsr_meeting m WHERE m.entry_id = e.id AND m.held_on IS NULL) AS OpenMeetingDue,
                   (SELECT COUNT(*) FROM dsr_action a WHERE a.entry_id = e.id AND a.completed_on IS NULL AND a.due_on < @today) AS OverdueActions
            FROM page p JOIN dsr_entry e ON e.id = p.id
            ORDER BY {SeverityOrder}
            """, parameters).ToList();
        var listings = rows.Select(r => new RegisterListing(r.Id, EntryReference.Format(r.Id), r.La, Region.Contains(r.La) ? Region[r.La].Name : r.La,
            RagRatings.Parse(r.Rating), r.RatingReason, Dates.Parse(r.RatingSince), r.Keyworker, RiskIndicators.Read(r.RiskIndicators),
            Dates.Parse(r.NextReviewDue), string.CompareOrdinal(r.NextReviewDue, today) < 0, Dates.ParseOrNull(r.OpenMeetingDue), (int)r.OverdueActions,
            r.ConsentWithdrawnOn is not null, r.Version)).ToList();
        RegisterAudit.Write(connection, null, user, Now, "dsr.register.read", target, AuditOutcome.Allowed,
            $"{listings.Count} of {total} entries shown (page {page}); {(filter with { Page = page, PageSize = pageSize }).InWords()}");
        return new RegisterPage(listings, total, byRating, page, pageSize);
    }

    private sealed class ListingRow
    {
        public long Id { get; init; }
        public string La { get; init; } = "";
        public string Rating { get; init; } = "";
        public string RatingReason { get; init; } = "";
        public string RatingSince { get; init; } = "";
        public string Keyworker { get; init; } = "";
        public string RiskIndicators { get; init; } = "";
        public string NextReviewDue { get; init; } = "";
        public string? ConsentWithdrawnOn { get; init; }
        public long Version { get; init; }
        public string? OpenMeetingDue { get; init; }
        public long OverdueActions { get; init; }
    }
}
