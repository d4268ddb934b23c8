using System.Data.Common;
using Dapper;
using JoinedUp.Register.Access;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Identity;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Storage;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    /// <summary>
    /// Adds the identifier an entry lacks: the LA's child ID (only the child's own LA holds it) and/or the NHS number
    /// (checked with its modulus 11 digit). Both are hashed with the region's key and never stored. When the other
    /// identifier already belongs to another entry of the same LA, the two entries are the same child and become one:
    /// this entry keeps its reference and takes the other's history, meetings, reviews, actions and referrals, the more
    /// severe current rating, the earlier entry date and the sooner review; the other's reference is no longer used.
    /// An identifier different from the one already recorded is refused (the register never overwrites who a child is).
    /// </summary>
    public RegisterEntry AddIdentifiers(RegisterUser user, long entryId, long expectedVersion, string? childId, string? nhsNumber) =>
        AddIdentifiers(user, entryId, expectedVersion, la => ChildKeys.From(_store.Pseudonymiser, la, childId, nhsNumber));

    /// <summary>As the public overload, with the hashes given (the demo register, from the store's children).</summary>
    internal RegisterEntry AddIdentifiers(RegisterUser user, long entryId, long expectedVersion, Func<string, ChildKeys> keysFor)
    {
        using var connection = _store.OpenConnection();
        var row = VisibleEntry(connection, user, entryId, "dsr.identity.add");
        var keys = keysFor(row.La);
        if (keys.ChildPseudonym is not null && !(user.IsLaUser && user.Organisation == row.La))
            Deny(connection, user, "dsr.identity.add", Target(entryId), "Only the child's own LA can add the LA's child ID.");
        if (keys.ChildPseudonym is not null && row.ChildPseudonym is not null && keys.ChildPseudonym != row.ChildPseudonym)
            throw new RegisterRuleException("child-id-differs", "This entry already has a different LA child ID; the register does not change who a child is.");
        if (keys.NhsPseudonym is not null && row.NhsPseudonym is not null && keys.NhsPseudonym != row.NhsPseudonym)
            throw new RegisterRuleException("nhs-number-differs", "This entry already has a different NHS number; the register does not change who a child is.");
        var newChild = row.ChildPseudonym is null ? keys.ChildPseudonym : null;
        var newNhs = row.NhsPseudonym is null ? keys.NhsPseudonym : null;
        if (newChild is null && newNhs is null)
            throw new RegisterRuleException("identifier-already-recorded", "This entry already has that identifier.");

        var scope = ChildScope(connection, user, "dsr.identity.add", Target(entryId));
        var others = connection.Query<EntryRow>(
            $"SELECT {EntryRow.Columns} FROM dsr_entry e WHERE e.id <> @entryId AND (e.child_pseudonym = @child OR e.nhs_pseudonym = @nhs) ORDER BY e.id",
            new { entryId, child = newChild, nhs = newNhs }).ToList();
        foreach (var other in others)
        {
            if (!scope.CanSee(other.La, other.ConsentWithdrawn) || other.La != row.La)
            {
                RegisterAudit.Write(connection, null, user, Now, "dsr.identity.add", Target(entryId), AuditOutcome.Denied, "identifier belongs to a child the user may not merge");
                throw new RegisterRuleException(OutsideScopeRule, "This identifier belongs to a child outside your scope; nothing was changed. Ask the child's LA to check it.");
            }
        }

        using var transaction = connection.BeginTransaction();
        var added = new List<string>();
        if (newChild is not null) added.Add("LA child ID");
        if (newNhs is not null) added.Add("NHS number");
        var merged = new List<string>();
        var rating = RagRatings.Parse(row.Rating);
        var ratingReason = row.RatingReason;
        var ratingSince = row.RatingSince;
        var enteredOn = row.EnteredOn;
        var enteredRating = row.EnteredRating;
        var nextReview = row.NextReviewDue;
        var keyworker = row.Keyworker;
        var agencies = Agencies.Read(row.Agencies).ToHashSet();
        var indicators = RiskIndicators.Read(row.RiskIndicators).ToHashSet();
        var childPseudonym = row.ChildPseudonym ?? newChild;
        var nhsPseudonym = row.NhsPseudonym ?? newNhs;
        foreach (var other in others)
        {
            childPseudonym ??= other.ChildPseudonym;
            nhsPseudonym ??= other.NhsPseudonym;
            if ((other.ChildPseudonym is not null && other.ChildPseudonym != childPseudonym) || (other.NhsPseudonym is not null && other.NhsPseudonym != nhsPseudonym))
            {
                transaction.Rollback();
                throw new RegisterRuleException("identifiers-conflict",
                    $"{EntryReference.Format(other.Id)} has a different identifier of the other kind, so the two cannot be the same child; check both entries' identifiers. Nothing was changed.");
            }
            foreach (var table in new[] { "dsr_rating_change", "dsr_entry_event", "dsr_meeting", "dsr_review", "dsr_action" })
                connection.Execute($"UPDATE {table} SET entry_id = @entryId WHERE entry_id = @otherId", new { entryId, otherId = other.Id }, transaction);
            connection.Execute("UPDATE dsr_referral SET entry_id = @entryId WHERE entry_id = @otherId", new { entryId, otherId = other.Id }, transaction);
            connection.Execute("DELETE FROM dsr_entry WHERE id = @otherId", new { otherId = other.Id }, transaction);
            var otherRating = RagRatings.Parse(other.Rating);
            if (otherRating > rating) (rating, ratingReason, ratingSince) = (otherRating, other.RatingReason, other.RatingSince);
            if (string.CompareOrdinal(other.EnteredOn, enteredOn) < 0) (enteredOn, enteredRating) = (other.EnteredOn, other.EnteredRating);
            if (string.CompareOrdinal(other.NextReviewDue, nextReview) < 0) nextReview = other.NextReviewDue;
            if (keyworker.Length == 0) keyworker = other.Keyworker;
            agencies.UnionWith(Agencies.Read(other.Agencies));
            indicators.UnionWith(RiskIndicators.Read(other.RiskIndicators));
            merged.Add(EntryReference.Format(other.Id));
            RegisterAudit.Write(connection, transaction, user, Now, "dsr.identity.merge", Target(other.Id), AuditOutcome.Allowed, $"merged into {EntryReference.Format(entryId)}");
        }
        var detail = $"{string.Join(" and ", added)} added" + (merged.Count == 0 ? "" : $"; the same child as {string.Join(", ", merged)}, now one entry");
        UpdateVersioned(connection, transaction, user, entryId, expectedVersion,
            """
            child_pseudonym = @childPseudonym, nhs_pseudonym = @nhsPseudonym, rating = @rating, rating_reason = @ratingReason, rating_since = @ratingSince,
            entered_on = @enteredOn, entered_rating = @enteredRating, next_review_due = @nextReview, keyworker = @keyworker, agencies = @agencies, risk_indicators = @indicators
            """,
            new
            {
                childPseudonym,
                nhsPseudonym,
                rating = rating.Code(),
                ratingReason,
                ratingSince,
                enteredOn,
                enteredRating,
                nextReview,
                keyworker,
                agencies = Agencies.Store(agencies.ToList()),
                indicators = RiskIndicators.Store(indicators.ToList()),
            }, detail, "dsr.identity.add");
        RecordEvent(connection, transaction, user, entryId, merged.Count == 0 ? "identity" : "merged", detail);
        RegisterAudit.Write(connection, transaction, user, Now, "dsr.identity.add", Target(entryId), AuditOutcome.Allowed, detail);
        transaction.Commit();
        return Reload(connection, entryId);
    }

    /// <summary>
    /// Finds a child by NHS number among the entries the user may see (health and LA users alike); null when there is
    /// none. The number is checked and hashed, never stored or written to the audit.
    /// </summary>
    public RegisterEntry? FindByNhsNumber(RegisterUser user, string nhsNumber)
    {
        using var connection = _store.OpenConnection();
        var scope = ChildScope(connection, user, "dsr.entry.find", "dsr:nhs");
        var keys = ChildKeys.From(_store.Pseudonymiser, "", null, nhsNumber);
        var row = connection.QuerySingleOrDefault<EntryRow>($"SELECT {EntryRow.Columns} FROM dsr_entry e WHERE e.nhs_pseudonym = @nhs", new { nhs = keys.NhsPseudonym });
        var visible = row is not null && scope.CanSee(row.La, row.ConsentWithdrawn);
        RegisterAudit.Write(connection, null, user, Now, "dsr.entry.find", visible ? Target(row!.Id) : "dsr:nhs", AuditOutcome.Allowed,
            visible ? "found by NHS number" : "no entry the user can see for the NHS number given");
        return visible ? row!.ToEntry() : null;
    }

    /// <summary>
    /// The child's records in the LA's returns, for the child's own LA: the pseudonym the child page takes and the number
    /// of SSDA903 episodes loaded for it; null when the entry has no LA child ID yet. Others are refused (audited).
    /// </summary>
    public LinkedReturns? LinkedReturns(RegisterUser user, long entryId)
    {
        using var connection = _store.OpenConnection();
        var row = VisibleEntry(connection, user, entryId, "dsr.returns.read");
        if (!(user.IsLaUser && user.Organisation == row.La))
            Deny(connection, user, "dsr.returns.read", Target(entryId), "Only the child's own LA sees the child's returns.");
        if (row.ChildPseudonym is null) return null;
        var episodes = connection.ExecuteScalar<long>(
            """
            SELECT COUNT(*) FROM episode e JOIN submission s ON s.id = e.submission_id
            WHERE s.return_kind = 'ssda903' AND s.la = @la AND e.pseudonym = @pseudonym
            """, new { la = row.La, pseudonym = row.ChildPseudonym });
        RegisterAudit.Write(connection, null, user, Now, "dsr.returns.read", Target(entryId), AuditOutcome.Allowed, $"{episodes} SSDA903 episodes");
        return new LinkedReturns(row.ChildPseudonym, (int)episodes);
    }
}
