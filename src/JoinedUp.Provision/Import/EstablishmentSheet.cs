using System.Text.RegularExpressions;
using JoinedUp.Provision.Map;
using JoinedUp.Register.Import;

namespace JoinedUp.Provision.Import;

/// <summary>
/// The providers and establishments sheet: one row per Ofsted-registered setting. Every row is checked; the sheet is
/// loaded only when no row has a problem.
/// </summary>
public static partial class EstablishmentSheet
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "urn", "name", "type", "host_la", "postcode_district", "ofsted_grade", "ofsted_date", "registered_places", "min_age", "max_age",
        "sexes", "needs_met", "risk_level", "weekly_price_min", "weekly_price_max", "contract_status",
    ];

    [GeneratedRegex("^[0-9]{6,7}$|^SC[0-9]{6}$")]
    private static partial Regex UrnPattern();

    [GeneratedRegex("^[A-Z]{1,2}[0-9][0-9A-Z]?$")]
    private static partial Regex DistrictPattern();

    public static (IReadOnlyList<Establishment> Establishments, IReadOnlyList<ProvisionProblem> Problems) Parse(SpreadsheetRows sheet, string file)
    {
        var problems = new List<ProvisionProblem>();
        var columns = new SheetColumns(sheet, file, Columns, problems);
        if (problems.Count > 0) return ([], problems);
        if (sheet.Rows.Count == 0) return ([], [new(file, 0, "", ProvisionRules.Empty, "The sheet has a header row but no settings.")]);
        var result = new List<Establishment>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (row, cells) in sheet.Rows)
        {
            var before = problems.Count;
            var urn = columns.Text(row, cells, "urn", problems).ToUpperInvariant();
            if (urn.Length > 0 && !UrnPattern().IsMatch(urn))
                problems.Add(new(file, row, "urn", ProvisionRules.Urn, $"'{SheetColumns.Shown(urn)}' is not an Ofsted URN (6 or 7 digits, or SC and 6 digits)."));
            else if (urn.Length > 0 && !seen.TryAdd(urn, row))
                problems.Add(new(file, row, "urn", ProvisionRules.Duplicate, $"URN {urn} is already on row {seen[urn]}; each setting appears once."));
            var name = columns.Text(row, cells, "name", problems);
            var type = columns.Code(row, cells, "type", EstablishmentType.Parse, EstablishmentType.All, problems);
            var host = columns.Text(row, cells, "host_la", problems);
            var district = columns.Text(row, cells, "postcode_district", problems).ToUpperInvariant();
            if (district.Length > 0 && !DistrictPattern().IsMatch(district))
                problems.Add(new(file, row, "postcode_district", ProvisionRules.District, $"'{SheetColumns.Shown(district)}' is not a postcode district (the first half of a postcode, e.g. SE15)."));
            var grade = columns.Code(row, cells, "ofsted_grade", OfstedGrade.Parse, OfstedGrade.All, problems);
            var date = columns.Date(row, cells, "ofsted_date", problems);
            var places = columns.Whole(row, cells, "registered_places", 1, 200, problems);
            var minAge = columns.Whole(row, cells, "min_age", 0, 25, problems);
            var maxAge = columns.Whole(row, cells, "max_age", 0, 25, problems);
            if (minAge is { } lo && maxAge is { } hi && lo > hi)
                problems.Add(new(file, row, "max_age", ProvisionRules.Range, $"The maximum age {hi} is below the minimum age {lo}."));
            var sexes = columns.Code(row, cells, "sexes", Map.Sexes.Parse, Map.Sexes.All, problems);
            var needsText = columns.Text(row, cells, "needs_met", problems, required: false);
            var needs = new List<string>();
            foreach (var part in needsText.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (NeedGroup.Parse(part) is { } need) { if (!needs.Contains(need)) needs.Add(need); }
                else problems.Add(new(file, row, "needs_met", ProvisionRules.NotAllowed, $"'{SheetColumns.Shown(part)}' is not one of: {string.Join("; ", NeedGroup.Specialist)} (separate several with ';')."));
            }
            var risk = columns.Code(row, cells, "risk_level", RiskLevel.Parse, RiskLevel.All, problems);
            var priceMin = columns.Money(row, cells, "weekly_price_min", problems);
            var priceMax = columns.Money(row, cells, "weekly_price_max", problems);
            if (priceMin is { } pMin && priceMax is { } pMax && pMin > pMax)
                problems.Add(new(file, row, "weekly_price_max", ProvisionRules.Range, $"The highest weekly price £{pMax:0} is below the lowest £{pMin:0}."));
            var contract = columns.Code(row, cells, "contract_status", ContractStatus.Parse, ContractStatus.All, problems);
            if (problems.Count == before)
                result.Add(new Establishment(urn, name, type!, host, district, grade!, date, places!.Value, minAge!.Value, maxAge!.Value, sexes!, needs, risk!,
                    priceMin!.Value, priceMax!.Value, contract!));
        }
        return problems.Count == 0 ? (result, problems) : ([], problems);
    }
}
