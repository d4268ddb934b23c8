using Dapper;
using JoinedUp.Review.Access;
using JoinedUp.Review.Auditing;
using JoinedUp.Review.Comparison;

namespace JoinedUp.Review;

public sealed partial class CommissioningReviews
{
    /// <summary>Who may compare areas: regional analysts and directors (every area), ICS leads (their footprint and its LAs).</summary>
    public bool ComparesAreas(ReviewUser user) => ReviewRoles.ComparesAreas(user.Role) || (user.Role == ReviewRoles.IcsLead && Region.Footprints.ContainsKey(user.Organisation));

    /// <summary>Agreed ratings of each area's newest review on one framework version. No child-level data. Audited.</summary>
    public AreaComparison Compare(ReviewUser user, int version)
    {
        using var connection = _store.OpenConnection();
        if (!ComparesAreas(user))
            throw Deny(connection, user, "review.compare", "review:compare", "Only regional analysts, directors and ICS leads compare areas' reviews.");
        var framework = Framework(connection, version)
            ?? throw new ReviewRuleException("framework-version", $"There is no framework version {version}.");
        var rows = connection.Query<ReviewRow>($"SELECT {ReviewColumns} FROM review WHERE framework_version = @version ORDER BY opened_at DESC, id DESC", new { version })
            .Select(Summary)
            .Where(r => ReviewRoles.ComparesAreas(user.Role)
                || (r.AreaKind == Access.AreaKind.Ics ? r.Area == user.Organisation : Region.FootprintOf(r.Area) == user.Organisation))
            .GroupBy(r => (r.AreaKind, r.Area)).Select(g => g.First())
            .OrderBy(r => r.AreaKind).ThenBy(r => r.AreaName, StringComparer.Ordinal).ToList();
        var areas = rows.Select(r => new ComparedArea(r.AreaName, r.Title, r.Status, r.OpenedAt,
            AgreedOf(connection, r.Id).ToDictionary(a => a.StatementKey, a => a.Rating))).ToList();
        ReviewAudit.Write(connection, null, user, Now, "review.compare", "review:compare", ReviewAudit.Allowed, $"framework version {version}, {areas.Count} areas");
        return new AreaComparison(version, framework.Definition, areas);
    }
}
