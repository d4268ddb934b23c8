using System.Globalization;
using JoinedUp.Ingest.Reports;
using JoinedUp.Provision.Import;
using JoinedUp.Provision.Map;
using JoinedUp.Register.Export;

namespace JoinedUp.Provision.Export;

/// <summary>
/// The provision map as a spreadsheet in the import's own columns (so an export can be edited and uploaded again), every
/// cell neutralised against formula injection: a name such as "=HYPERLINK(...)" is written as text, never as a formula.
/// </summary>
public static class ProvisionExport
{
    public static void Establishments(Stream stream, RegisterExportFormat format, IEnumerable<Establishment> establishments) =>
        RegisterSheetWriter.Write(stream, format, EstablishmentSheet.Columns, establishments.Select(e => Safe(
        [
            e.Urn, e.Name, e.Type, e.HostLa, e.District, e.OfstedGrade, e.OfstedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            Whole(e.RegisteredPlaces), Whole(e.MinAge), Whole(e.MaxAge), e.Sexes, string.Join("; ", e.NeedsMet), e.RiskLevel,
            e.WeeklyPriceMin.ToString("0", CultureInfo.InvariantCulture), e.WeeklyPriceMax.ToString("0", CultureInfo.InvariantCulture), e.ContractStatus,
        ])));

    public static void Services(Stream stream, RegisterExportFormat format, IEnumerable<CommunityService> services) =>
        RegisterSheetWriter.Write(stream, format, ServiceSheet.Columns, services.Select(s => Safe(
        [
            s.Service, s.Kind, s.Agency, s.Eligibility, Whole(s.MinAge), Whole(s.MaxAge), s.DiagnosisRequired ? "Y" : "N", Whole(s.Capacity), Whole(s.WaitingWeeks),
        ])));

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> Safe(string[] cells) => cells.Select(c => SpreadsheetSafety.Neutralise(c) ?? "").ToList();
}
