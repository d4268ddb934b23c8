using Dapper;
using JoinedUp.Register.Access;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Export;
using JoinedUp.Register.Import;
using JoinedUp.Register.Storage;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    /// <summary>
    /// Exports the user's register (LA or footprint, as on the register page) in the import's shape: the same headers,
    /// with the register reference where the import has the LA's child ID (the region never holds that ID). Every
    /// cell is neutralised against formula injection. Audited.
    /// </summary>
    public int ExportRegister(RegisterUser user, Stream output, RegisterExportFormat format, string? laCode = null)
    {
        using var connection = _store.OpenConnection();
        var target = "dsr:export:" + (laCode ?? user.Organisation);
        var scope = ChildScope(connection, user, "dsr.export", target);
        if (laCode is not null && !scope.LaCodes.Contains(laCode)) Deny(connection, user, "dsr.export", target, $"LA {laCode} is outside your scope.");
        var parameters = SqlList.With(new { }, "la", laCode is null ? scope.LaCodes : [laCode], out var laList);
        var withdrawn = scope.SeesWithdrawnConsent ? "" : "AND e.consent_withdrawn_on IS NULL";
        var entries = connection.Query<EntryRow>($"SELECT {EntryRow.Columns} FROM dsr_entry e WHERE e.la IN {laList} {withdrawn} ORDER BY e.id", parameters)
            .Select(r => r.ToEntry()).ToList();
        var meetings = connection.Query<(long EntryId, string Kind, string Due)>(
            $"SELECT m.entry_id, m.kind, MIN(m.due_on) FROM dsr_meeting m JOIN dsr_entry e ON e.id = m.entry_id WHERE e.la IN {laList} AND m.held_on IS NULL GROUP BY m.entry_id, m.kind", parameters)
            .ToLookup(m => (m.EntryId, m.Kind), m => m.Due);
        var rows = entries.Select(e => (IReadOnlyList<string>)DsrColumns.ExportOrder.Select(c => CellText.Safe(c switch
        {
            DsrColumn.RegisterReference => e.Reference,
            DsrColumn.La => Region.Contains(e.LaCode) ? Region[e.LaCode].Name : e.LaCode,
            DsrColumn.Footprint => e.Footprint,
            DsrColumn.Rating => e.Rating.ToString(),
            DsrColumn.Reason => e.RatingReason,
            DsrColumn.RatingSince => Uk(e.RatingSince),
            DsrColumn.Keyworker => e.Keyworker,
            DsrColumn.Agencies => string.Join("; ", e.Agencies.Select(a => a.Label())),
            DsrColumn.RiskIndicators => string.Join("; ", e.RiskIndicators.Select(i => i.Label())),
            DsrColumn.ConsentGivenBy => e.Consent?.GivenBy,
            DsrColumn.ConsentDate => e.Consent is null ? "" : Uk(e.Consent.GivenOn),
            DsrColumn.ConsentBasis => e.Consent?.Basis,
            DsrColumn.ConsentWithdrawn => e.Consent?.WithdrawnOn is { } w ? Uk(w) : "",
            DsrColumn.EnteredOn => Uk(e.EnteredOn),
            DsrColumn.NextReview => Uk(e.NextReviewDue),
            DsrColumn.CetrDue => meetings[(e.Id, "cetr")].FirstOrDefault() is { } d ? Uk(Dates.Parse(d)) : "",
            DsrColumn.LaepDue => meetings[(e.Id, "laep")].FirstOrDefault() is { } d ? Uk(Dates.Parse(d)) : "",
            _ => "",
        })).ToList()).ToList();
        RegisterSheetWriter.Write(output, format, DsrColumns.ExportOrder.Select(DsrColumns.Header).ToList(), rows);
        RegisterAudit.Write(connection, null, user, Now, "dsr.export", target, AuditOutcome.Allowed, $"{rows.Count} entries as {format}");
        return rows.Count;
    }

    private static string Uk(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
