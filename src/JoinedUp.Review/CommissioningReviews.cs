using System.Data.Common;
using Dapper;
using JoinedUp.Domain.Geography;
using JoinedUp.Review.Access;
using JoinedUp.Review.Auditing;
using JoinedUp.Review.Evidence;
using JoinedUp.Review.Framework;
using JoinedUp.Review.Reviews;
using JoinedUp.Store;

namespace JoinedUp.Review;

/// <summary>
/// The commissioning review of a region: the versioned framework, reviews opened by an LA or an ICS, partners who rate
/// and give evidence, agreed ratings, figures from JoinedUp, action plans and comparisons. Every method takes the acting
/// <see cref="ReviewUser"/>; who may see and change what is decided and audited here (review_audit), so pages only
/// translate requests. Thread-safe; one instance per application.
/// </summary>
public sealed partial class CommissioningReviews
{
    private readonly RegionalStore _store;
    private readonly TimeProvider _clock;

    public CommissioningReviews(RegionalStore store, Region region, EvidenceFiles? files = null, EvidenceLimits? limits = null, TimeProvider? clock = null)
    {
        _store = store;
        Region = region;
        Files = files ?? EvidenceFiles.For(store.Location);
        Limits = limits ?? EvidenceLimits.Default;
        _clock = clock ?? TimeProvider.System;
    }

    public Region Region { get; }

    public EvidenceFiles Files { get; }

    public EvidenceLimits Limits { get; }

    private string Now => _clock.GetUtcNow().UtcDateTime.ToString("O");

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

    private static string Target(long reviewId) => "review:" + reviewId;

    /// <summary>The area's name: an LA's name from its DfE code, or the footprint itself.</summary>
    public string AreaName(AreaKind kind, string area) => kind == AreaKind.La && Region.Contains(area) ? Region[area].Name : area;

    /// <summary>The LAs an area covers.</summary>
    private IReadOnlyList<string> LasOf(AreaKind kind, string area) =>
        kind == AreaKind.La ? [area] : Region.Footprints.TryGetValue(area, out var members) ? members : [];

    private ReviewAccessDeniedException Deny(DbConnection connection, ReviewUser user, string action, string target, string reason)
    {
        ReviewAudit.Write(connection, null, user, Now, action, target, ReviewAudit.Denied, reason);
        return new ReviewAccessDeniedException(user, reason);
    }

    private sealed record ReviewRow(long Id, string AreaKind, string Area, string Title, long FrameworkVersion, string LeadUser, string Status, string OpenedAt, string? ClosedAt);

    private const string ReviewColumns =
        "id AS Id, area_kind AS AreaKind, area AS Area, title AS Title, framework_version AS FrameworkVersion, lead_user AS LeadUser, status AS Status, opened_at AS OpenedAt, closed_at AS ClosedAt";

    private ReviewSummary Summary(ReviewRow row)
    {
        var kind = row.AreaKind == "ics" ? AreaKind.Ics : AreaKind.La;
        return new(row.Id, kind, row.Area, AreaName(kind, row.Area), row.Title, (int)row.FrameworkVersion, row.LeadUser, row.Status, row.OpenedAt, row.ClosedAt);
    }

    /// <summary>The review and the user's sector in it, if the user is one of its partners; otherwise a refusal worded as if it did not exist.</summary>
    private (ReviewSummary Review, Sector Sector) PartnerOf(DbConnection connection, ReviewUser user, long reviewId, string action)
    {
        var row = connection.QuerySingleOrDefault<ReviewRow>($"SELECT {ReviewColumns} FROM review WHERE id = @reviewId", new { reviewId });
        var sector = row is null ? null : connection.QuerySingleOrDefault<string>(
            "SELECT sector FROM review_partner WHERE review_id = @reviewId AND user_name = @userName", new { reviewId, userName = user.UserName });
        if (row is null || sector is null) throw Deny(connection, user, action, Target(reviewId), $"There is no review {reviewId} that you can open.");
        return (Summary(row), Sectors.Parse(sector));
    }

    private (ReviewSummary Review, Sector Sector) LeadOf(DbConnection connection, ReviewUser user, long reviewId, string action, bool mustBeOpen = true)
    {
        var (review, sector) = PartnerOf(connection, user, reviewId, action);
        if (review.Lead != user.UserName) throw Deny(connection, user, action, Target(reviewId), $"Only the review's lead ({review.Lead}) can do this.");
        if (mustBeOpen && !review.IsOpen) throw Deny(connection, user, action, Target(reviewId), "The review is closed; nothing in it can change.");
        return (review, sector);
    }

    private static string Required(string? text, string field, int max = 2000)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ReviewRuleException("required", $"{field} is required.");
        var trimmed = text.Trim();
        if (trimmed.Length > max) throw new ReviewRuleException("too-long", $"{field} is {trimmed.Length} characters; at most {max} are allowed.");
        return trimmed;
    }

    private static string Optional(string? text, string field, int max = 2000)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length > max) throw new ReviewRuleException("too-long", $"{field} is {trimmed.Length} characters; at most {max} are allowed.");
        return trimmed;
    }

    private static FrameworkStatement StatementOf(FrameworkDefinition framework, string? key) =>
        framework.Statement(key ?? "") ?? throw new ReviewRuleException("statement", $"'{key}' is not a statement of this review's framework version.");
}
