using System.Data.Common;
using Dapper;
using JoinedUp.Register.Access;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Identity;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Referrals;
using JoinedUp.Register.Storage;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    /// <summary>
    /// Receives a referral from any partner: LA users for their LA, the DSR coordinator and health practitioners for
    /// their footprint, SENCOs for their school's LA. The NHS number is checked (modulus 11) and, like the LA's child
    /// ID, hashed at once. A child already on the register or already referred and waiting for the DSR meeting is
    /// refused (by either identifier), as is a child of an LA outside the user's footprint; a refusal saves nothing.
    /// </summary>
    public Referral Refer(RegisterUser user, NewReferral referral) => Refer(user, referral, null);

    /// <summary>As <see cref="Refer(RegisterUser, NewReferral)"/>, with the child's hashes already known (the demo register, from the store's children).</summary>
    internal Referral Refer(RegisterUser user, NewReferral referral, ChildKeys? known)
    {
        using var connection = _store.OpenConnection();
        var target = "dsr:la:" + referral.LaCode;
        var scope = Scope(connection, user, "dsr.referral.add", target);
        if (scope.RefersFor.Count == 0) Deny(connection, user, "dsr.referral.add", target, "This role does not refer children to the register.");
        if (!Region.Contains(referral.LaCode))
            throw new RegisterRuleException("la-unknown", $"'{referral.LaCode}' is not an LA of {Region.Name}; choose the LA where the child lives.");
        if (!scope.RefersFor.Contains(referral.LaCode))
        {
            RegisterAudit.Write(connection, null, user, Now, "dsr.referral.add", target, AuditOutcome.Denied, "child's LA outside the user's footprint");
            var childFootprint = Region.FootprintOf(referral.LaCode) ?? "no ICS footprint";
            var own = scope.Footprint is not null && user.Role is RegisterRole.IcsLead or RegisterRole.HealthPractitioner
                ? $"your footprint, {user.Organisation}"
                : $"your LA, {NameOf(user.Organisation)}";
            throw new RegisterRuleException("outside-footprint",
                $"{NameOf(referral.LaCode)} is in {childFootprint}, outside {own}: refer the child to that footprint's DSR coordinator. Nothing was saved.");
        }
        var keys = known ?? ChildKeys.From(_store.Pseudonymiser, referral.LaCode, referral.ChildId, referral.NhsNumber);
        var reason = Required(referral.Reason, "The reason for the referral", "reason-required");
        ValidateConsent(referral.Consent);
        var referredOn = referral.ReferredOn ?? Today;
        if (referredOn > Today) throw new RegisterRuleException("referred-in-future", "The referral date cannot be in the future.");
        using var transaction = connection.BeginTransaction();
        if (DuplicateReferral(connection, transaction, user, scope, keys) is { } problem)
        {
            transaction.Rollback();
            if (problem.Rule == OutsideScopeRule)
                RegisterAudit.Write(connection, null, user, Now, "dsr.referral.add", target, AuditOutcome.Denied, "a child the user may not see");
            throw new RegisterRuleException(problem.Rule, problem.Message);
        }
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO dsr_referral (la, footprint, child_pseudonym, nhs_pseudonym, source, referred_on, reason, risk_indicators,
                consent_given_by, consent_given_on, consent_basis, status, received_at, received_by, received_by_role, version)
            VALUES (@la, @footprint, @child, @nhs, @source, @referredOn, @reason, @indicators, @givenBy, @givenOn, @basis, 'received', @now, @by, @role, 1)
            RETURNING id
            """,
            new
            {
                la = referral.LaCode,
                footprint = Region.FootprintOf(referral.LaCode) ?? "",
                child = keys.ChildPseudonym,
                nhs = keys.NhsPseudonym,
                source = referral.Source.Code(),
                referredOn = Dates.Text(referredOn),
                reason,
                indicators = RiskIndicators.Store(referral.RiskIndicators),
                givenBy = referral.Consent.GivenBy.Trim(),
                givenOn = Dates.Text(referral.Consent.GivenOn),
                basis = referral.Consent.Basis.Trim(),
                now = Now,
                by = user.UserName,
                role = user.RoleName,
            }, transaction);
        RegisterAudit.Write(connection, transaction, user, Now, "dsr.referral.add", ReferralTarget(id), AuditOutcome.Allowed,
            $"from {referral.Source.Code()} for LA {referral.LaCode}, known by {KnownBy(keys)}");
        transaction.Commit();
        return ReadReferral(connection, id)!.ToReferral();
    }

    /// <summary>The referral, if the user may see it: the deciders of its LA, health users of its footprint, and whoever made it.</summary>
    public Referral GetReferral(RegisterUser user, long referralId)
    {
        using var connection = _store.OpenConnection();
        var row = VisibleReferral(connection, user, referralId, "dsr.referral.read", decide: false);
        RegisterAudit.Write(connection, null, user, Now, "dsr.referral.read", ReferralTarget(referralId), AuditOutcome.Allowed);
        return row.ToReferral();
    }

    /// <summary>
    /// The referrals the user may see, newest first: every referral of their LAs for the DSR coordinator and LA users;
    /// the ones they made themselves for health practitioners and SENCOs. Audited as one read.
    /// </summary>
    public IReadOnlyList<Referral> Referrals(RegisterUser user, bool openOnly = false, int limit = 500)
    {
        using var connection = _store.OpenConnection();
        var scope = Scope(connection, user, "dsr.referral.list", "dsr:referrals:" + user.Organisation);
        if (scope.RefersFor.Count == 0) Deny(connection, user, "dsr.referral.list", "dsr:referrals:" + user.Organisation, "This role sees no referrals.");
        var parameters = SqlList.With(new { by = user.UserName }, "la", scope.RefersFor, out var laList);
        var where = $"r.la IN {laList}" + (scope.Decides ? "" : " AND r.received_by = @by") + (openOnly ? " AND r.status IN ('received', 'discussed')" : "");
        var rows = connection.Query<ReferralRow>(
            $"SELECT {ReferralRow.Columns} FROM dsr_referral r WHERE {where} ORDER BY r.referred_on DESC, r.id DESC LIMIT {Math.Clamp(limit, 1, 5000)}", parameters).ToList();
        RegisterAudit.Write(connection, null, user, Now, "dsr.referral.list", "dsr:referrals:" + user.Organisation, AuditOutcome.Allowed, $"{rows.Count} referrals");
        return rows.Select(r => r.ToReferral()).ToList();
    }

    /// <summary>The DSR meeting discussed the referral and deferred its decision (for more information, say); the note says why.</summary>
    public Referral RecordReferralDiscussed(RegisterUser user, long referralId, long expectedVersion, DateOnly meetingOn, string note)
    {
        var text = Required(note, "What the meeting said", "note-required");
        using var connection = _store.OpenConnection();
        var row = VisibleReferral(connection, user, referralId, "dsr.referral.decide", decide: true);
        using var transaction = connection.BeginTransaction();
        UpdateReferral(connection, transaction, user, row, expectedVersion, "status = 'discussed', meeting_on = @meetingOn, decision_note = @text, decided_by = @by",
            new { meetingOn = Dates.Text(meetingOn), text, by = user.UserName });
        RegisterAudit.Write(connection, transaction, user, Now, "dsr.referral.decide", ReferralTarget(referralId), AuditOutcome.Allowed, $"discussed at the DSR meeting on {Dates.Text(meetingOn)}");
        transaction.Commit();
        return ReadReferral(connection, referralId)!.ToReferral();
    }

    /// <summary>
    /// The DSR meeting adds the referred child at the agreed rating: the entry is created from the referral (its
    /// identifiers, indicators and consent), entered on the meeting's date, and its history starts with the referral and
    /// the decision. Amber and red need a keyworker; red a CETR or LAEP.
    /// </summary>
    public (Referral Referral, RegisterEntry Entry) AddReferredChild(RegisterUser user, long referralId, long expectedVersion, DateOnly meetingOn, ReferralAdded decision)
    {
        using var connection = _store.OpenConnection();
        var row = VisibleReferral(connection, user, referralId, "dsr.referral.decide", decide: true);
        var scope = RegisterScope.For(user, Region);
        if (meetingOn < Dates.Parse(row.ReferredOn)) throw new RegisterRuleException("meeting-before-referral", $"The DSR meeting cannot be before the referral ({row.ReferredOn}).");
        var referral = row.ToReferral();
        var keys = new ChildKeys(row.ChildPseudonym, row.NhsPseudonym);
        long entryId;
        using (var transaction = connection.BeginTransaction())
        {
            try
            {
                entryId = Insert(connection, transaction, user, scope, new NewEntry(row.La, "", decision.Rating, decision.Reason, decision.Keyworker, decision.Agencies,
                    referral.RiskIndicators, referral.Consent, meetingOn, decision.Meeting), keys);
            }
            catch (RegisterRuleException)
            {
                transaction.Rollback();
                throw;
            }
            UpdateReferral(connection, transaction, user, row, expectedVersion,
                "status = 'added', meeting_on = @meetingOn, agreed_rating = @rating, entry_id = @entryId, decision_note = @reason, decided_by = @by",
                new { meetingOn = Dates.Text(meetingOn), rating = decision.Rating.Code(), entryId, reason = decision.Reason.Trim(), by = user.UserName });
            RecordEvent(connection, transaction, user, entryId, "referral",
                $"referred by {referral.Source.Label()} on {row.ReferredOn} ({referral.Reference}): {row.Reason}; added at {decision.Rating.Code()} at the DSR meeting on {Dates.Text(meetingOn)}");
            RegisterAudit.Write(connection, transaction, user, Now, "dsr.referral.decide", ReferralTarget(referralId), AuditOutcome.Allowed,
                $"added as {EntryReference.Format(entryId)} at {decision.Rating.Code()} at the DSR meeting on {Dates.Text(meetingOn)}");
            transaction.Commit();
        }
        return (ReadReferral(connection, referralId)!.ToReferral(), Reload(connection, entryId));
    }

    /// <summary>The DSR meeting does not add the child: the reason and the support the family was signposted to are both required.</summary>
    public Referral DeclineReferral(RegisterUser user, long referralId, long expectedVersion, DateOnly meetingOn, string reason, string signpostedTo)
    {
        var why = Required(reason, "The reason the child was not added", "reason-required");
        var where = Required(signpostedTo, "The support the family was signposted to", "signposting-required");
        using var connection = _store.OpenConnection();
        var row = VisibleReferral(connection, user, referralId, "dsr.referral.decide", decide: true);
        if (meetingOn < Dates.Parse(row.ReferredOn)) throw new RegisterRuleException("meeting-before-referral", $"The DSR meeting cannot be before the referral ({row.ReferredOn}).");
        using var transaction = connection.BeginTransaction();
        UpdateReferral(connection, transaction, user, row, expectedVersion,
            "status = 'not-added', meeting_on = @meetingOn, decision_note = @why, signposted_to = @where, decided_by = @by",
            new { meetingOn = Dates.Text(meetingOn), why, where, by = user.UserName });
        RegisterAudit.Write(connection, transaction, user, Now, "dsr.referral.decide", ReferralTarget(referralId), AuditOutcome.Allowed,
            $"not added at the DSR meeting on {Dates.Text(meetingOn)}");
        transaction.Commit();
        return ReadReferral(connection, referralId)!.ToReferral();
    }

    private static string ReferralTarget(long id) => "dsr:" + Referral.Format(id);

    private static string KnownBy(ChildKeys keys) =>
        keys.ChildPseudonym is not null && keys.NhsPseudonym is not null ? "NHS number and LA child ID" : keys.NhsPseudonym is not null ? "NHS number" : "LA child ID";

    private string NameOf(string laCode) => Region.Contains(laCode) ? Region[laCode].Name : laCode;

    private static ReferralRow? ReadReferral(DbConnection connection, long id, DbTransaction? transaction = null) =>
        connection.QuerySingleOrDefault<ReferralRow>($"SELECT {ReferralRow.Columns} FROM dsr_referral r WHERE r.id = @id", new { id }, transaction);

    /// <summary>The referral if the user may see it (or, with <paramref name="decide"/>, decide it); otherwise a refusal worded the same whether or not it exists.</summary>
    private ReferralRow VisibleReferral(DbConnection connection, RegisterUser user, long referralId, string action, bool decide)
    {
        var scope = Scope(connection, user, action, ReferralTarget(referralId));
        var row = ReadReferral(connection, referralId);
        var sees = row is not null && scope.RefersFor.Contains(row.La) && (scope.Decides || row.ReceivedBy == user.UserName);
        if (!sees || (decide && !scope.Decides))
            Deny(connection, user, action, ReferralTarget(referralId),
                decide && sees ? "Referrals are decided by the DSR coordinator or the child's LA at the DSR meeting." : $"There is no referral {Referral.Format(referralId)} that you can see.");
        if (decide && !ReferralStatuses.Parse(row!.Status).IsOpen())
            throw new RegisterRuleException("referral-decided", $"{Referral.Format(referralId)} was already decided ({ReferralStatuses.Parse(row.Status).Label().ToLowerInvariant()}).");
        return row!;
    }

    private void UpdateReferral(DbConnection connection, DbTransaction transaction, RegisterUser user, ReferralRow row, long expectedVersion, string setClause, object parameters)
    {
        var dynamic = new DynamicParameters(parameters);
        dynamic.Add("idV", row.Id);
        dynamic.Add("versionV", expectedVersion);
        var changed = connection.Execute($"UPDATE dsr_referral SET {setClause}, version = version + 1 WHERE id = @idV AND version = @versionV AND status IN ('received', 'discussed')",
            dynamic, transaction);
        if (changed == 1) return;
        transaction.Rollback();
        RegisterAudit.Write(connection, null, user, Now, "dsr.referral.decide", ReferralTarget(row.Id), AuditOutcome.Conflict, $"expected version {expectedVersion}");
        var now = ReadReferral(connection, row.Id)!;
        throw new RegisterRuleException("referral-changed",
            $"{Referral.Format(row.Id)} was changed by {now.DecidedBy ?? now.ReceivedBy} after you opened it ({ReferralStatuses.Parse(now.Status).Label().ToLowerInvariant()}); nothing was saved. Reload the meeting and decide again.");
    }

    /// <summary>
    /// Why a child cannot be referred: already on the register, or referred and waiting for the DSR meeting (by either
    /// identifier). A user who may see the entry or referral is told its reference; a SENCO only that the child is
    /// already known to the register; anyone else that the child is outside their scope.
    /// </summary>
    private static (string Rule, string Message)? DuplicateReferral(DbConnection connection, DbTransaction transaction, RegisterUser user, RegisterScope scope, ChildKeys keys)
    {
        if (AlreadyOnRegister(connection, transaction, scope, keys) is { } onRegister)
        {
            if (onRegister.Rule != OutsideScopeRule) return (onRegister.Rule, onRegister.Message + " Record what has changed in a review rather than a new referral. Nothing was saved.");
            var la = connection.Query<string>("SELECT la FROM dsr_entry WHERE child_pseudonym = @child OR nhs_pseudonym = @nhs",
                new { child = keys.ChildPseudonym, nhs = keys.NhsPseudonym }, transaction).First();
            return scope.RefersFor.Contains(la) && la is not null && scope.LaCodes.Count == 0
                ? ("already-on-register", "This child is already on the register; the DSR coordinator can tell you more. Nothing was saved.")
                : (OutsideScopeRule, "This child is outside your scope. Nothing was saved.");
        }
        var open = connection.Query<ReferralRow>(
            $"SELECT {ReferralRow.Columns} FROM dsr_referral r WHERE (r.child_pseudonym = @child OR r.nhs_pseudonym = @nhs) AND r.status IN ('received', 'discussed') ORDER BY r.id",
            new { child = keys.ChildPseudonym, nhs = keys.NhsPseudonym }, transaction).FirstOrDefault();
        if (open is null) return null;
        var by = (keys.ChildPseudonym is not null && open.ChildPseudonym == keys.ChildPseudonym) ? "the LA's child ID" : "the NHS number";
        if (scope.RefersFor.Contains(open.La) && (scope.Decides || open.ReceivedBy == user.UserName))
            return ("already-referred", $"This child was already referred on {open.ReferredOn} as {Referral.Format(open.Id)} (matched by {by}) and waits for the DSR meeting. Nothing was saved.");
        return scope.RefersFor.Contains(open.La)
            ? ("already-referred", "This child has already been referred and waits for the DSR meeting; the DSR coordinator can tell you more. Nothing was saved.")
            : (OutsideScopeRule, "This child is outside your scope. Nothing was saved.");
    }
}
