using System.Globalization;
using Dapper;
using JoinedUp.Disclosure;
using JoinedUp.Register.Access;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Icb;
using JoinedUp.Register.Identity;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Regional;
using JoinedUp.Register.Storage;
using JoinedUp.Store.Keys;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    /// <summary>
    /// A child leaves the register (needs met, moved to adult services, moved away...): the entry and its history are
    /// kept and still shown to those who may see it, but it is no longer on the register's lists or counted as on it.
    /// The DSR coordinator or the child's LA decides it. Audited.
    /// </summary>
    public RegisterEntry ExitRegister(RegisterUser user, long entryId, long expectedVersion, DateOnly exitedOn, string reason)
    {
        var why = Required(reason, "Why the child left the register", "reason-required");
        using var connection = _store.OpenConnection();
        var row = VisibleEntry(connection, user, entryId, "dsr.entry.exit");
        if (!RegisterScope.For(user, Region).Decides) Deny(connection, user, "dsr.entry.exit", Target(entryId), "The DSR coordinator or the child's LA decides when a child leaves the register.");
        if (row.ExitedOn is not null) throw new RegisterRuleException("already-exited", $"{EntryReference.Format(entryId)} left the register on {row.ExitedOn}.");
        if (exitedOn < Dates.Parse(row.RatingSince)) throw new RegisterRuleException("exit-before-rating", $"A child cannot leave before their current rating began ({row.RatingSince}).");
        using var transaction = connection.BeginTransaction();
        UpdateVersioned(connection, transaction, user, entryId, expectedVersion, "exited_on = @on, exit_reason = @why",
            new { on = Dates.Text(exitedOn), why }, $"left the register on {Dates.Text(exitedOn)}", "dsr.entry.exit");
        RecordEvent(connection, transaction, user, entryId, "exited", $"left the register on {Dates.Text(exitedOn)}: {why}");
        RegisterAudit.Write(connection, transaction, user, Now, "dsr.entry.exit", Target(entryId), AuditOutcome.Allowed, $"left on {Dates.Text(exitedOn)}");
        transaction.Commit();
        return Reload(connection, entryId);
    }

    /// <summary>
    /// Records an inpatient admission of a child of the user's LA or footprint, on the register or not (matched by either
    /// identifier, never stored in clear). The admission counts as "on the register" when the child's entry had begun
    /// and not ended by the day; a CETR counts as held before it when the user says so or the entry has one held by then.
    /// </summary>
    public Admission RecordAdmission(RegisterUser user, NewAdmission admission) => RecordAdmission(user, admission, null);

    /// <summary>As the public overload, with the child's hashes already known (the demo register).</summary>
    internal Admission RecordAdmission(RegisterUser user, NewAdmission admission, ChildKeys? known)
    {
        using var connection = _store.OpenConnection();
        var target = "dsr:la:" + admission.LaCode;
        var scope = Scope(connection, user, "dsr.admission.add", target);
        if (!scope.RefersFor.Contains(admission.LaCode) || user.Role == RegisterRole.EducationSenco)
            Deny(connection, user, "dsr.admission.add", target, $"You cannot record admissions of children of LA {admission.LaCode}.");
        if (admission.AdmittedOn > Today) throw new RegisterRuleException("admitted-in-future", "The admission date cannot be in the future.");
        var keys = known ?? ChildKeys.From(_store.Pseudonymiser, admission.LaCode, admission.ChildId, admission.NhsNumber);
        var entry = connection.Query<EntryRow>($"SELECT {EntryRow.Columns} FROM dsr_entry e WHERE e.child_pseudonym = @child OR e.nhs_pseudonym = @nhs ORDER BY e.id",
            new { child = keys.ChildPseudonym, nhs = keys.NhsPseudonym }).FirstOrDefault();
        if (entry is not null && entry.La != admission.LaCode) entry = null;
        var day = Dates.Text(admission.AdmittedOn);
        var onRegister = entry is not null && string.CompareOrdinal(entry.EnteredOn, day) <= 0 && (entry.ExitedOn is null || string.CompareOrdinal(entry.ExitedOn, day) > 0);
        var cetrHeld = entry is not null && connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM dsr_meeting WHERE entry_id = @id AND kind = 'cetr' AND held_on IS NOT NULL AND held_on <= @day", new { id = entry.Id, day }) > 0;
        var cetrBefore = admission.CetrHeldBefore || cetrHeld;
        using var transaction = connection.BeginTransaction();
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO dsr_admission (la, footprint, pseudonym, entry_id, admitted_on, on_register, cetr_before, recorded_at, recorded_by)
            VALUES (@la, @footprint, @pseudonym, @entryId, @day, @onRegister, @cetrBefore, @now, @by) RETURNING id
            """,
            new
            {
                la = admission.LaCode,
                footprint = Region.FootprintOf(admission.LaCode) ?? "",
                pseudonym = entry?.Pseudonym ?? keys.Primary,
                entryId = entry?.Id,
                day,
                onRegister = onRegister ? 1 : 0,
                cetrBefore = cetrBefore ? 1 : 0,
                now = Now,
                by = user.UserName,
            }, transaction);
        if (entry is not null)
            RecordEvent(connection, transaction, user, entry.Id, "admission", $"admitted to inpatient care on {day}" + (cetrBefore ? " after a CETR" : " without a CETR before admission"));
        RegisterAudit.Write(connection, transaction, user, Now, "dsr.admission.add", entry is null ? target : Target(entry.Id), AuditOutcome.Allowed,
            $"admission on {day}, {(onRegister ? "on" : "not on")} the register, CETR before: {(cetrBefore ? "yes" : "no")}");
        transaction.Commit();
        return new Admission(id, admission.LaCode, admission.AdmittedOn, onRegister, cetrBefore, entry?.Id);
    }

    /// <summary>
    /// The figures the ICB reports each month, from <paramref name="from"/> to <paramref name="to"/> (whole months), for
    /// a footprint (an ICS lead's own; a regional user's choice) or the whole region (regional users, null footprint):
    /// children on the register at each month's end by rating, entries and exits, inpatient admissions of children on
    /// and not on the register, and admissions after a CETR. Every count goes through the disclosure control; entries
    /// whose consent was withdrawn are left out. Audited.
    /// </summary>
    public IcbMonthlyFigures IcbMonthlyFigures(RegisterUser user, DateOnly from, DateOnly to, string? footprint = null)
    {
        using var connection = _store.OpenConnection();
        var target = "dsr:icb:" + (footprint ?? user.Organisation);
        var scope = Scope(connection, user, "dsr.icb.read", target);
        if (user.Role == RegisterRole.IcsLead) footprint ??= user.Organisation;
        var allowed = scope.SeesRegionalFigures || (user.Role == RegisterRole.IcsLead && footprint == user.Organisation);
        if (!allowed) Deny(connection, user, "dsr.icb.read", target, "This role does not see the ICB's register figures for that area.");
        IReadOnlyList<string> las;
        if (footprint is null) las = Region.Members.Select(m => m.DfeCode).ToList();
        else if (Region.Footprints.TryGetValue(footprint, out var members)) las = members;
        else throw new RegisterRuleException("footprint-unknown", $"'{footprint}' is not an ICS footprint of {Region.Name}.");

        var firstMonth = new DateOnly(from.Year, from.Month, 1);
        var lastMonth = new DateOnly(to.Year, to.Month, 1);
        if (lastMonth < firstMonth) (firstMonth, lastMonth) = (lastMonth, firstMonth);
        var months = new List<DateOnly>();
        for (var m = firstMonth; m <= lastMonth; m = m.AddMonths(1)) months.Add(m);
        static string Label(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var monthLabels = months.Select(Label).ToList();
        var end = Dates.Text(lastMonth.AddMonths(1));
        var start = Dates.Text(firstMonth);
        var keys = new RecordKeys(RecordKeySecret.For(_store));
        var disclosure = DisclosureControl.Protected;
        var parameters = SqlList.With(new { start, end }, "la", las, out var laList);

        var entries = connection.Query<(long Id, string Pseudonym, string La, string EnteredOn, string? ExitedOn)>(
            $"SELECT id, pseudonym, la, entered_on, exited_on FROM dsr_entry WHERE la IN {laList} AND consent_withdrawn_on IS NULL AND entered_on < @end AND (exited_on IS NULL OR exited_on >= @start)",
            parameters).ToDictionary(e => e.Id);
        var changes = connection.Query<(long EntryId, string On, string To)>(
            $"""
            SELECT h.entry_id, h.changed_on, h.to_rating FROM dsr_rating_change h JOIN dsr_entry e ON e.id = h.entry_id
            WHERE e.la IN {laList} AND e.consent_withdrawn_on IS NULL AND h.changed_on < @end ORDER BY h.entry_id, h.changed_on, h.id
            """, parameters).GroupBy(c => c.EntryId).ToDictionary(g => g.Key, g => g.ToList());

        var onRegister = new List<RegisterRecord>();
        var movements = new List<RegisterRecord>();
        foreach (var e in entries.Values)
        {
            var key = keys.Of(e.Pseudonym);
            var history = changes.GetValueOrDefault(e.Id) ?? [];
            foreach (var month in months)
            {
                var monthEnd = Dates.Text(month.AddMonths(1).AddDays(-1));
                var monthStart = Dates.Text(month);
                if (string.CompareOrdinal(e.EnteredOn, monthStart) >= 0 && string.CompareOrdinal(e.EnteredOn, monthEnd) <= 0)
                    movements.Add(new RegisterRecord(e.La, key, Label(month), Icb.IcbMonthlyFigures.Entered));
                if (e.ExitedOn is not null && string.CompareOrdinal(e.ExitedOn, monthStart) >= 0 && string.CompareOrdinal(e.ExitedOn, monthEnd) <= 0)
                    movements.Add(new RegisterRecord(e.La, key, Label(month), Icb.IcbMonthlyFigures.Exited));
                if (string.CompareOrdinal(e.EnteredOn, monthEnd) > 0 || (e.ExitedOn is not null && string.CompareOrdinal(e.ExitedOn, monthEnd) <= 0)) continue;
                var rating = history.LastOrDefault(h => string.CompareOrdinal(h.On, monthEnd) <= 0).To;
                if (rating is not null) onRegister.Add(new RegisterRecord(e.La, key, Label(month), rating));
            }
        }
        var admissions = connection.Query<(string Pseudonym, string La, string On, long OnRegister, long CetrBefore)>(
            $"SELECT pseudonym, la, admitted_on, on_register, cetr_before FROM dsr_admission WHERE la IN {laList} AND admitted_on >= @start AND admitted_on < @end",
            parameters).SelectMany(a =>
            {
                var month = a.On[..7];
                var key = keys.Of(a.Pseudonym);
                var records = new List<RegisterRecord> { new(a.La, key, month, a.OnRegister == 1 ? Icb.IcbMonthlyFigures.AdmittedOnRegister : Icb.IcbMonthlyFigures.AdmittedNotOnRegister) };
                if (a.CetrBefore == 1) records.Add(new RegisterRecord(a.La, key, month, Icb.IcbMonthlyFigures.CetrBeforeAdmission));
                return records;
            }).ToList();

        var ratingLabels = RagRatings.All.Select(r => r.Code()).ToList();
        var onTable = ProtectedTable.Count(monthLabels, ratingLabels, onRegister, r => r.Row, r => r.Column, disclosure);
        var moveTable = ProtectedTable.Count(monthLabels, [Icb.IcbMonthlyFigures.Entered, Icb.IcbMonthlyFigures.Exited], movements, r => r.Row, r => r.Column, disclosure);
        var admissionTable = ProtectedTable.Count(monthLabels,
            [Icb.IcbMonthlyFigures.AdmittedOnRegister, Icb.IcbMonthlyFigures.AdmittedNotOnRegister, Icb.IcbMonthlyFigures.CetrBeforeAdmission],
            admissions, r => r.Row, r => r.Column, disclosure);
        var sparse = new[] { ("on-register", onTable), ("entries-exits", moveTable), ("admissions", admissionTable) }
            .Where(t => SparseTables.IsSparse(t.Item2.All)).Select(t => t.Item1).ToList();
        RegisterAudit.Write(connection, null, user, Now, "dsr.icb.read", target, AuditOutcome.Allowed, $"{Label(firstMonth)} to {Label(lastMonth)}");
        return new IcbMonthlyFigures(footprint ?? Region.Name, firstMonth, lastMonth.AddMonths(1).AddDays(-1), onTable, moveTable, admissionTable, sparse);
    }
}
