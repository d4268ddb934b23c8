using JoinedUp.Provision.Map;
using JoinedUp.Register.Import;

namespace JoinedUp.Provision.Import;

/// <summary>
/// An LA's service mapping return: one row per community service. Every row is checked; the LA's services are replaced
/// only when no row has a problem.
/// </summary>
public static class ServiceSheet
{
    public static IReadOnlyList<string> Columns { get; } =
        ["service", "kind", "agency", "eligibility", "min_age", "max_age", "diagnosis_required", "capacity", "waiting_weeks"];

    public static (IReadOnlyList<CommunityService> Services, IReadOnlyList<ProvisionProblem> Problems) Parse(SpreadsheetRows sheet, string file, string laCode)
    {
        var problems = new List<ProvisionProblem>();
        var columns = new SheetColumns(sheet, file, Columns, problems);
        if (problems.Count > 0) return ([], problems);
        if (sheet.Rows.Count == 0) return ([], [new(file, 0, "", ProvisionRules.Empty, "The sheet has a header row but no services.")]);
        var result = new List<CommunityService>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (row, cells) in sheet.Rows)
        {
            var before = problems.Count;
            var service = columns.Text(row, cells, "service", problems);
            if (service.Length > 0 && !seen.TryAdd(service, row))
                problems.Add(new(file, row, "service", ProvisionRules.Duplicate, $"A service of this name is already on row {seen[service]}; give each service once."));
            var kind = columns.Code(row, cells, "kind", ServiceKind.Parse, ServiceKind.All, problems);
            var agency = columns.Code(row, cells, "agency", ServiceAgency.Parse, ServiceAgency.All, problems);
            var eligibility = columns.Text(row, cells, "eligibility", problems, required: false);
            var minAge = columns.Whole(row, cells, "min_age", 0, 25, problems);
            var maxAge = columns.Whole(row, cells, "max_age", 0, 25, problems);
            if (minAge is { } lo && maxAge is { } hi && lo > hi)
                problems.Add(new(file, row, "max_age", ProvisionRules.Range, $"The maximum age {hi} is below the minimum age {lo}."));
            var diagnosis = columns.YesNo(row, cells, "diagnosis_required", problems);
            var capacity = columns.Whole(row, cells, "capacity", 0, 100_000, problems);
            var waiting = columns.Whole(row, cells, "waiting_weeks", 0, 520, problems);
            if (problems.Count == before)
                result.Add(new CommunityService(0, laCode, service, kind!, agency!, eligibility, minAge!.Value, maxAge!.Value, diagnosis!.Value, capacity!.Value, waiting!.Value));
        }
        return problems.Count == 0 ? (result, problems) : ([], problems);
    }
}
