using Dapper;
using JoinedUp.Review.Access;
using JoinedUp.Review.Actions;
using JoinedUp.Review.Auditing;
using JoinedUp.Review.Figures;
using JoinedUp.Review.Reviews;

namespace JoinedUp.Review;

public sealed partial class CommissioningReviews
{
    /// <summary>The area a user can open a review for: their LA (LA staff) or their ICS footprint (ICS leads); null for other roles.</summary>
    public (AreaKind Kind, string Area)? AreaOf(ReviewUser user) => user.Role switch
    {
        ReviewRoles.LaAnalyst or ReviewRoles.LaPractitioner when Region.Contains(user.Organisation) => (AreaKind.La, user.Organisation),
        ReviewRoles.IcsLead when Region.Footprints.ContainsKey(user.Organisation) => (AreaKind.Ics, user.Organisation),
        _ => null,
    };

    /// <summary>
    /// Opens a review of the user's area on the newest framework version; the user leads it and is its first partner,
    /// speaking for <paramref name="sector"/>. Audited.
    /// </summary>
    public ReviewSummary Open(ReviewUser user, string? title, Sector sector)
    {
        using var connection = _store.OpenConnection();
        if (AreaOf(user) is not { } area)
            throw Deny(connection, user, "review.open", "review:new", "Only LA staff (for their LA) and ICS leads (for their footprint) open a review.");
        if (!Sectors.For(user.Role).Contains(sector))
            throw new ReviewRuleException("sector", $"A {user.Role} user cannot speak for {sector.Label()}; choose {string.Join(" or ", Sectors.For(user.Role).Select(s => s.Label()))}.");
        var name = Required(title, "Title", 200);
        var framework = CurrentFramework();
        using var transaction = connection.BeginTransaction();
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO review (area_kind, area, title, framework_version, lead_user, status, opened_at)
            VALUES (@kind, @area, @name, @version, @lead, 'open', @at) RETURNING id
            """,
            new { kind = area.Kind == AreaKind.Ics ? "ics" : "la", area = area.Area, name, version = framework.Version, lead = user.UserName, at = Now }, transaction);
        connection.Execute(
            """
            INSERT INTO review_partner (review_id, user_name, role, organisation, sector, invited_at, invited_by)
            VALUES (@id, @userName, @role, @organisation, @sector, @at, @userName)
            """,
            new { id, userName = user.UserName, role = user.Role, organisation = user.Organisation, sector = sector.Code(), at = Now }, transaction);
        ReviewAudit.Write(connection, transaction, user, Now, "review.open", Target(id), ReviewAudit.Allowed, $"{area.Kind} {area.Area}, framework version {framework.Version}");
        transaction.Commit();
        return Summary(connection.QuerySingle<ReviewRow>($"SELECT {ReviewColumns} FROM review WHERE id = @id", new { id }));
    }

    /// <summary>The reviews the user is a partner in, newest first.</summary>
    public IReadOnlyList<ReviewSummary> ReviewsFor(ReviewUser user)
    {
        using var connection = _store.OpenConnection();
        return connection.Query<ReviewRow>(
            $"""
            SELECT {ReviewColumns} FROM review
            WHERE id IN (SELECT review_id FROM review_partner WHERE user_name = @userName)
            ORDER BY opened_at DESC, id DESC
            """, new { userName = user.UserName }).Select(Summary).ToList();
    }

    /// <summary>A review as its partner sees it, on its own framework version, with the area's previous review. Audited.</summary>
    public ReviewDetail Get(ReviewUser user, long reviewId)
    {
        using var connection = _store.OpenConnection();
        var (review, sector) = PartnerOf(connection, user, reviewId, "review.read");
        var framework = Framework(connection, review.FrameworkVersion)!.Definition;
        var partners = connection.Query<(string UserName, string Role, string Organisation, string Sector, string At, string By)>(
            "SELECT user_name, role, organisation, sector, invited_at, invited_by FROM review_partner WHERE review_id = @reviewId ORDER BY invited_at, user_name",
            new { reviewId }).Select(p => new ReviewPartner(p.UserName, p.Role, p.Organisation, Sectors.Parse(p.Sector), p.At, p.By)).ToList();
        var ratings = connection.Query<(string Key, string UserName, string Sector, long Rating, string Comment, string At)>(
            "SELECT statement_key, user_name, sector, rating, comment, rated_at FROM review_rating WHERE review_id = @reviewId",
            new { reviewId }).Select(r => new PartnerRating(r.Key, r.UserName, Sectors.Parse(r.Sector), (int)r.Rating, r.Comment, r.At)).ToList();
        var evidence = connection.Query<EvidenceRow>(
            $"SELECT {EvidenceColumns} FROM review_evidence WHERE review_id = @reviewId ORDER BY id", new { reviewId }).Select(e => e.ToItem()).ToList();
        var figures = connection.Query<ReviewFigure>(
            "SELECT measure AS Measure, shown AS Shown, as_of AS AsOf, source AS Source, protection AS Protection, captured_at AS CapturedAt FROM review_figure WHERE review_id = @reviewId ORDER BY id",
            new { reviewId }).ToList();
        var previousRow = connection.QueryFirstOrDefault<ReviewRow>(
            $"""
            SELECT {ReviewColumns} FROM review
            WHERE area_kind = @kind AND area = @area AND id <> @reviewId AND opened_at <= @openedAt
            ORDER BY opened_at DESC, id DESC
            """, new { kind = review.AreaKind == AreaKind.Ics ? "ics" : "la", area = review.Area, reviewId, openedAt = review.OpenedAt });
        PreviousReview? previous = previousRow is null ? null : new PreviousReview(Summary(previousRow),
            Framework(connection, (int)previousRow.FrameworkVersion)!.Definition, AgreedOf(connection, previousRow.Id), ActionsOf(connection, previousRow.Id));
        ReviewAudit.Write(connection, null, user, Now, "review.read", Target(reviewId), ReviewAudit.Allowed);
        return new ReviewDetail(review, framework, partners, ratings, AgreedOf(connection, reviewId), evidence, figures, ActionsOf(connection, reviewId),
            previous, review.Lead == user.UserName, sector);
    }

    private static IReadOnlyList<AgreedRating> AgreedOf(System.Data.Common.DbConnection connection, long reviewId) =>
        connection.Query<(string Key, long Rating, string Reason, string At, string By)>(
            "SELECT statement_key, rating, reason, agreed_at, agreed_by FROM review_agreed WHERE review_id = @reviewId", new { reviewId })
            .Select(a => new AgreedRating(a.Key, (int)a.Rating, a.Reason, a.At, a.By)).ToList();

    /// <summary>The users the lead may invite: accounts (not disabled) whose role speaks for a sector and whose organisation lies in the area.</summary>
    public IReadOnlyList<(string UserName, string DisplayName, string Role, string Organisation)> Invitable(ReviewUser user, long reviewId)
    {
        using var connection = _store.OpenConnection();
        var (review, _) = LeadOf(connection, user, reviewId, "review.partners.list");
        var invited = connection.Query<string>("SELECT user_name FROM review_partner WHERE review_id = @reviewId", new { reviewId }).ToHashSet(StringComparer.Ordinal);
        return connection.Query<(string UserName, string DisplayName, string Role, string Organisation)>(
                "SELECT user_name, display_name, role, organisation FROM app_user WHERE disabled = 0 ORDER BY user_name")
            .Where(u => !invited.Contains(u.UserName) && FitsArea(review, u.Role, u.Organisation)).ToList();
    }

    private bool FitsArea(ReviewSummary review, string role, string organisation)
    {
        if (Sectors.For(role).Count == 0) return false;
        var las = LasOf(review.AreaKind, review.Area);
        return role == ReviewRoles.IcsLead
            ? review.AreaKind == AreaKind.Ics ? organisation == review.Area : Region.FootprintOf(review.Area) == organisation
            : las.Contains(organisation);
    }

    /// <summary>
    /// Invites a partner (lead only): an existing, enabled account whose organisation lies in the area and whose role can
    /// speak for <paramref name="sector"/> (LA staff for education or social care, ICS leads for health, parent carer
    /// forum representatives for parent carers). Audited.
    /// </summary>
    public void Invite(ReviewUser user, long reviewId, string? inviteeName, Sector sector)
    {
        using var connection = _store.OpenConnection();
        var (review, _) = LeadOf(connection, user, reviewId, "review.partners.invite");
        var name = Required(inviteeName, "Partner's user name", 100).ToLowerInvariant();
        var invitee = connection.QuerySingleOrDefault<(string Role, string Organisation, long Disabled)?>(
            "SELECT role, organisation, disabled FROM app_user WHERE user_name = @name", new { name });
        if (invitee is not { Disabled: 0 } found || !FitsArea(review, found.Role, found.Organisation))
            throw new ReviewRuleException("partner", $"There is no enabled user '{name}' in {review.AreaName} who can be a partner in this review.");
        if (!Sectors.For(found.Role).Contains(sector))
            throw new ReviewRuleException("partner-sector", $"'{name}' ({found.Role}) cannot speak for {sector.Label()}; they can speak for {string.Join(" or ", Sectors.For(found.Role).Select(s => s.Label()))}.");
        var already = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM review_partner WHERE review_id = @reviewId AND user_name = @name", new { reviewId, name });
        if (already > 0) throw new ReviewRuleException("partner-twice", $"'{name}' is already a partner in this review.");
        using var transaction = connection.BeginTransaction();
        connection.Execute(
            """
            INSERT INTO review_partner (review_id, user_name, role, organisation, sector, invited_at, invited_by)
            VALUES (@reviewId, @name, @role, @organisation, @sector, @at, @by)
            """, new { reviewId, name, role = found.Role, organisation = found.Organisation, sector = sector.Code(), at = Now, by = user.UserName }, transaction);
        ReviewAudit.Write(connection, transaction, user, Now, "review.partners.invite", Target(reviewId), ReviewAudit.Allowed, $"{name} for {sector.Label()}");
        transaction.Commit();
    }

    /// <summary>Records (or replaces) the user's own rating of a statement, in their sector. Audited with the old and new rating.</summary>
    public void Rate(ReviewUser user, long reviewId, string? statementKey, int rating, string? comment)
    {
        using var connection = _store.OpenConnection();
        var (review, sector) = PartnerOf(connection, user, reviewId, "review.rate");
        if (!review.IsOpen) throw Deny(connection, user, "review.rate", Target(reviewId), "The review is closed; nothing in it can change.");
        var framework = Framework(connection, review.FrameworkVersion)!.Definition;
        var statement = StatementOf(framework, statementKey);
        if (framework.Level(rating) is null)
            throw new ReviewRuleException("rating", $"Statement {statement.Key}: {rating} is not on the rating scale (1 to {framework.Scale.Count}).");
        var note = Optional(comment, $"Statement {statement.Key}: comment");
        using var transaction = connection.BeginTransaction();
        var old = connection.QuerySingleOrDefault<long?>(
            "SELECT rating FROM review_rating WHERE review_id = @reviewId AND statement_key = @key AND user_name = @userName",
            new { reviewId, key = statement.Key, userName = user.UserName }, transaction);
        connection.Execute("DELETE FROM review_rating WHERE review_id = @reviewId AND statement_key = @key AND user_name = @userName",
            new { reviewId, key = statement.Key, userName = user.UserName }, transaction);
        connection.Execute(
            """
            INSERT INTO review_rating (review_id, statement_key, user_name, sector, rating, comment, rated_at)
            VALUES (@reviewId, @key, @userName, @sector, @rating, @note, @at)
            """, new { reviewId, key = statement.Key, userName = user.UserName, sector = sector.Code(), rating, note, at = Now }, transaction);
        ReviewAudit.Write(connection, transaction, user, Now, "review.rate", Target(reviewId), ReviewAudit.Allowed,
            $"statement {statement.Key}: {(old is null ? "" : old + " to ")}{rating} ({sector.Label()})");
        transaction.Commit();
    }

    /// <summary>Records the agreed rating of a statement with its reason (lead only; replaces an earlier agreement). Audited.</summary>
    public void Agree(ReviewUser user, long reviewId, string? statementKey, int rating, string? reason)
    {
        using var connection = _store.OpenConnection();
        var (review, _) = LeadOf(connection, user, reviewId, "review.agree");
        var framework = Framework(connection, review.FrameworkVersion)!.Definition;
        var statement = StatementOf(framework, statementKey);
        if (framework.Level(rating) is null)
            throw new ReviewRuleException("rating", $"Statement {statement.Key}: {rating} is not on the rating scale (1 to {framework.Scale.Count}).");
        var why = Required(reason, $"Statement {statement.Key}: the reason for the agreed rating");
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM review_agreed WHERE review_id = @reviewId AND statement_key = @key", new { reviewId, key = statement.Key }, transaction);
        connection.Execute(
            "INSERT INTO review_agreed (review_id, statement_key, rating, reason, agreed_at, agreed_by) VALUES (@reviewId, @key, @rating, @why, @at, @by)",
            new { reviewId, key = statement.Key, rating, why, at = Now, by = user.UserName }, transaction);
        ReviewAudit.Write(connection, transaction, user, Now, "review.agree", Target(reviewId), ReviewAudit.Allowed, $"statement {statement.Key}: {rating}");
        transaction.Commit();
    }

    /// <summary>Closes the review (lead only): nothing in it changes afterwards, and the area's next review shows progress against it.</summary>
    public void Close(ReviewUser user, long reviewId)
    {
        using var connection = _store.OpenConnection();
        LeadOf(connection, user, reviewId, "review.close");
        using var transaction = connection.BeginTransaction();
        connection.Execute("UPDATE review SET status = 'closed', closed_at = @at WHERE id = @reviewId", new { reviewId, at = Now }, transaction);
        ReviewAudit.Write(connection, transaction, user, Now, "review.close", Target(reviewId), ReviewAudit.Allowed);
        transaction.Commit();
    }
}
