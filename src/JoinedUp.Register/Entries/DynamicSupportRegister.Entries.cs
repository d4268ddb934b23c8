using System.Data.Common;
using Dapper;
using JoinedUp.Register.Access;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Identity;
using JoinedUp.Register.Meetings;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Storage;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    /// <summary>
    /// Puts a child on the register. LA users add their own LA's children; ICS leads any LA of their footprint. The
    /// child is known by the LA's child ID, the NHS number (checked with its modulus 11 digit) or both, each hashed with
    /// the region's key and never stored; a child already on the register by either identifier is refused.
    /// </summary>
    public RegisterEntry AddEntry(RegisterUser user, NewEntry entry)
    {
        using var connection = _store.OpenConnection();
        var scope = ChildScope(connection, user, "dsr.entry.add", "dsr:la:" + entry.LaCode);
        if (!scope.LaCodes.Contains(entry.LaCode))
            Deny(connection, user, "dsr.entry.add", "dsr:la:" + entry.LaCode, $"You cannot add children of LA {entry.LaCode} to the register.");
        if (!scope.Decides)
            Deny(connection, user, "dsr.entry.add", "dsr:la:" + entry.LaCode, "Partners refer children; the DSR coordinator or the child's LA adds them to the register.");
        var keys = ChildKeys.From(_store.Pseudonymiser, entry.LaCode, entry.ChildId, entry.NhsNumber);
        long id;
        using (var transaction = connection.BeginTransaction())
        {
            try
            {
                id = Insert(connection, transaction, user, scope, entry, keys);
            }
            catch (RegisterRuleException e) when (e.Rule == OutsideScopeRule)
            {
                transaction.Rollback();
                RegisterAudit.Write(connection, null, user, Now, "dsr.entry.add", "dsr:la:" + entry.LaCode, AuditOutcome.Denied, "a child the user may not see");
                throw;
            }
            transaction.Commit();
        }
        return Reload(connection, id);
    }

    /// <summary>Inserts an entry, its first rating-history line, its meeting when red, and its audit line.</summary>
    private long Insert(DbConnection connection, DbTransaction transaction, RegisterUser user, RegisterScope scope, NewEntry entry, ChildKeys keys)
    {
        var reason = Required(entry.Reason, "A reason for the rating", "reason-required");
        var keyworker = entry.Keyworker?.Trim() ?? "";
        if (entry.Rating != RagRating.Green && keyworker.Length == 0) throw KeyworkerRequired(entry.Rating);
        ValidateConsent(entry.Consent);
        if (entry.Rating == RagRating.Red && entry.Meeting is null)
            throw new RegisterRuleException("red-needs-cetr-or-laep", "A child entering at red needs a CETR or, where one cannot be held in time, a LAEP meeting, with a due date.");
        var footprint = Region.FootprintOf(entry.LaCode) ?? "";
        if (AlreadyOnRegister(connection, transaction, scope, keys) is { } problem)
            throw new RegisterRuleException(problem.Rule, problem.Message);
        var enteredOn = entry.EnteredOn ?? Today;
        var now = Now;
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO dsr_entry (pseudonym, la, footprint, rating, rating_reason, rating_since, entered_on, entered_rating, keyworker,
                agencies, risk_indicators, consent_given_by, consent_given_on, consent_basis, consent_withdrawn_on, next_review_due,
                version, updated_at, updated_by, child_pseudonym, nhs_pseudonym)
            VALUES (@pseudonym, @la, @footprint, @rating, @reason, @enteredOn, @enteredOn, @rating, @keyworker,
                @agencies, @indicators, @givenBy, @givenOn, @basis, @withdrawnOn, @nextReview, 1, @now, @user, @childPseudonym, @nhsPseudonym)
            RETURNING id
            """,
            new
            {
                pseudonym = keys.Primary,
                childPseudonym = keys.ChildPseudonym,
                nhsPseudonym = keys.NhsPseudonym,
                la = entry.LaCode,
                footprint,
                rating = entry.Rating.Code(),
                reason,
                enteredOn = Dates.Text(enteredOn),
                keyworker,
                agencies = Agencies.Store(entry.Agencies),
                indicators = RiskIndicators.Store(entry.RiskIndicators),
                givenBy = entry.Consent.GivenBy.Trim(),
                givenOn = Dates.Text(entry.Consent.GivenOn),
                basis = entry.Consent.Basis.Trim(),
                withdrawnOn = Dates.Text(entry.Consent.WithdrawnOn),
                nextReview = Dates.Text(Cadence.NextDue(entry.Rating, enteredOn)),
                now,
                user = user.UserName,
            }, transaction);
        InsertRatingChange(connection, transaction, user, id, null, entry.Rating, reason, enteredOn);
        if (entry.Meeting is not null) InsertMeeting(connection, transaction, user, id, entry.Meeting);
        RecordEvent(connection, transaction, user, id, "entered", $"entered the register at {entry.Rating.Code()}");
        RegisterAudit.Write(connection, transaction, user, now, "dsr.entry.add", Target(id), AuditOutcome.Allowed, $"entered at {entry.Rating.Code()}");
        return id;
    }

    private static void ValidateConsent(Consent consent)
    {
        Required(consent.GivenBy, "Who gave consent", "consent-given-by-required");
        Required(consent.Basis, "The basis of consent", "consent-basis-required");
        if (consent.WithdrawnOn is { } withdrawn && withdrawn < consent.GivenOn)
            throw new RegisterRuleException("consent-withdrawn-before-given", "Consent cannot be withdrawn before it was given.");
    }

    /// <summary>
    /// An LA user finds their own child by typing the LA's child ID: it is hashed with the region's key and matched;
    /// null when the child is not on the register. Only LA users can do this (others do not hold the LA's IDs).
    /// </summary>
    public RegisterEntry? FindChild(RegisterUser user, string childId)
    {
        using var connection = _store.OpenConnection();
        var scope = ChildScope(connection, user, "dsr.entry.find", "dsr:la:" + user.Organisation);
        if (!user.IsLaUser) Deny(connection, user, "dsr.entry.find", "dsr:la:" + user.Organisation, "Only the child's own LA can find a child by the LA's child ID.");
        var pseudonym = _store.Pseudonymiser.Pseudonymise(scope.LaCodes[0], Required(childId, "The child's ID", "child-id-required"));
        var row = connection.QuerySingleOrDefault<EntryRow>($"SELECT {EntryRow.Columns} FROM dsr_entry e WHERE e.child_pseudonym = @pseudonym", new { pseudonym });
        RegisterAudit.Write(connection, null, user, Now, "dsr.entry.find", row is null ? "dsr:la:" + user.Organisation : Target(row.Id), AuditOutcome.Allowed,
            row is null ? "no entry for the child ID given" : "found by the LA's child ID");
        return row?.ToEntry();
    }

    /// <summary>One entry, if the user may see it (audited either way).</summary>
    public RegisterEntry GetEntry(RegisterUser user, long entryId)
    {
        using var connection = _store.OpenConnection();
        var row = VisibleEntry(connection, user, entryId, "dsr.entry.read");
        RegisterAudit.Write(connection, null, user, Now, "dsr.entry.read", Target(entryId), AuditOutcome.Allowed);
        return row.ToEntry();
    }

    /// <summary>Changes the keyworker, agencies and risk indicators together; <paramref name="expectedVersion"/> is the version the user read.</summary>
    public RegisterEntry UpdateDetails(RegisterUser user, long entryId, long expectedVersion, EntryDetails details)
    {
        using var connection = _store.OpenConnection();
        var before = VisibleEntry(connection, user, entryId, "dsr.entry.update").ToEntry();
        if (before.Rating != RagRating.Green && details.Keyworker.Trim().Length == 0) throw KeyworkerRequired(before.Rating);
        var attempted = $"keyworker '{details.Keyworker.Trim()}', agencies {Agencies.Store(details.Agencies)}, risk indicators {RiskIndicators.Store(details.RiskIndicators)}";
        using var transaction = connection.BeginTransaction();
        UpdateVersioned(connection, transaction, user, entryId, expectedVersion,
            "keyworker = @keyworker, agencies = @agencies, risk_indicators = @indicators",
            new { keyworker = details.Keyworker.Trim(), agencies = Agencies.Store(details.Agencies), indicators = RiskIndicators.Store(details.RiskIndicators) },
            attempted, "dsr.entry.update");
        var changes = new List<string>();
        if (before.Keyworker != details.Keyworker.Trim()) changes.Add($"keyworker '{before.Keyworker}' -> '{details.Keyworker.Trim()}'");
        var added = details.RiskIndicators.Except(before.RiskIndicators).Select(i => i.Label()).ToList();
        var removed = before.RiskIndicators.Except(details.RiskIndicators).Select(i => i.Label()).ToList();
        if (added.Count > 0) changes.Add("indicators added: " + string.Join(", ", added));
        if (removed.Count > 0) changes.Add("indicators removed: " + string.Join(", ", removed));
        var agenciesAdded = details.Agencies.Except(before.Agencies).Select(a => a.Label()).ToList();
        var agenciesRemoved = before.Agencies.Except(details.Agencies).Select(a => a.Label()).ToList();
        if (agenciesAdded.Count > 0) changes.Add("agencies added: " + string.Join(", ", agenciesAdded));
        if (agenciesRemoved.Count > 0) changes.Add("agencies removed: " + string.Join(", ", agenciesRemoved));
        var detail = changes.Count == 0 ? "no change" : string.Join("; ", changes);
        RecordEvent(connection, transaction, user, entryId, "details", detail);
        RegisterAudit.Write(connection, transaction, user, Now, "dsr.entry.update", Target(entryId), AuditOutcome.Allowed, detail);
        transaction.Commit();
        return Reload(connection, entryId);
    }

    /// <summary>Records (or re-records) consent: who gave it, when, on what basis.</summary>
    public RegisterEntry RecordConsent(RegisterUser user, long entryId, long expectedVersion, Consent consent)
    {
        ValidateConsent(consent);
        using var connection = _store.OpenConnection();
        VisibleEntry(connection, user, entryId, "dsr.consent.record");
        using var transaction = connection.BeginTransaction();
        UpdateVersioned(connection, transaction, user, entryId, expectedVersion,
            "consent_given_by = @givenBy, consent_given_on = @givenOn, consent_basis = @basis, consent_withdrawn_on = @withdrawnOn",
            new { givenBy = consent.GivenBy.Trim(), givenOn = Dates.Text(consent.GivenOn), basis = consent.Basis.Trim(), withdrawnOn = Dates.Text(consent.WithdrawnOn) },
            $"consent given by {consent.GivenBy} on {Dates.Text(consent.GivenOn)}", "dsr.consent.record");
        var detail = $"consent given by {consent.GivenBy.Trim()} on {Dates.Text(consent.GivenOn)}, basis {consent.Basis.Trim()}"
            + (consent.WithdrawnOn is null ? "" : $", withdrawn on {Dates.Text(consent.WithdrawnOn)}");
        RecordEvent(connection, transaction, user, entryId, consent.WithdrawnOn is null ? "consent" : "consent-withdrawn", detail);
        RegisterAudit.Write(connection, transaction, user, Now, "dsr.consent.record", Target(entryId), AuditOutcome.Allowed, detail);
        transaction.Commit();
        return Reload(connection, entryId);
    }

    /// <summary>
    /// Records that consent was withdrawn. From then on only the responsible LA sees the entry (ICS leads and regional
    /// figures no longer do); the withdrawal is itself kept in the entry's timeline and the audit.
    /// </summary>
    public RegisterEntry WithdrawConsent(RegisterUser user, long entryId, long expectedVersion, DateOnly withdrawnOn, string note)
    {
        using var connection = _store.OpenConnection();
        var row = VisibleEntry(connection, user, entryId, "dsr.consent.withdraw");
        if (row.ConsentGivenOn is not null && withdrawnOn < Dates.Parse(row.ConsentGivenOn))
            throw new RegisterRuleException("consent-withdrawn-before-given", "Consent cannot be withdrawn before it was given.");
        using var transaction = connection.BeginTransaction();
        UpdateVersioned(connection, transaction, user, entryId, expectedVersion, "consent_withdrawn_on = @withdrawnOn",
            new { withdrawnOn = Dates.Text(withdrawnOn) }, $"consent withdrawn on {Dates.Text(withdrawnOn)}", "dsr.consent.withdraw");
        var detail = $"consent withdrawn on {Dates.Text(withdrawnOn)}" + (string.IsNullOrWhiteSpace(note) ? "" : ": " + note.Trim());
        RecordEvent(connection, transaction, user, entryId, "consent-withdrawn", detail);
        RegisterAudit.Write(connection, transaction, user, Now, "dsr.consent.withdraw", Target(entryId), AuditOutcome.Allowed, detail);
        transaction.Commit();
        return Reload(connection, entryId);
    }
}
