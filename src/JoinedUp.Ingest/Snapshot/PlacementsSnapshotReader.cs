using System.Globalization;
using JoinedUp.Domain.Children;
using JoinedUp.Domain.Codes;
using JoinedUp.Domain.Geography;
using JoinedUp.Domain.Pseudonymisation;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Importing;
using JoinedUp.Ingest.Linking;
using JoinedUp.Ingest.Sen2;
using JoinedUp.Ingest.Validation;
using JoinedUp.Ingest.Values;
using JoinedUp.Store.Returns;
using F = JoinedUp.Ingest.Snapshot.SnapshotFields;

namespace JoinedUp.Ingest.Snapshot;

/// <summary>
/// Reads one LA's placements snapshot (CSV or XLSX): matches its headings however the LA labelled them, checks every
/// row, and writes each child (pseudonym, sex, birth month where a date of birth is given, ethnicity), a UPN pseudonym
/// where a UPN is given, and the placement with its weekly cost split into social care, education and health in
/// pounds. Costs that are not amounts, negative, or whose shares do not add up (to the total within £1, or to 100%
/// within 0.5) refuse the whole snapshot, as do a missing required column and anything the workbook checks refuse.
/// </summary>
public sealed class PlacementsSnapshotReader(SubmissionKey key, ChildPseudonymiser pseudonymiser)
{
    private const string Table = "snapshot";
    private const int MaxRefusalsListed = 1000;

    public ReturnReadResult Read(string path, ISubmissionWriter writer)
    {
        var table = PlacementsSnapshotFiles.Open(path);
        var file = Path.GetFileName(path);
        var map = F.Map(table.Headings)!;
        var missing = F.All.Where((f, i) => f.Required && map[i] < 0).Select(f => f.Label).ToList();
        if (missing.Count > 0)
            throw Files.FileRules.Refuse(Files.FileRules.MissingColumn,
                $"The snapshot has no column for {string.Join(", ", missing)} (headings found: {string.Join(", ", table.Headings.Where(h => h.Length > 0).Take(25))}).", path, Table, 1, missing[0]);
        var sharesInPounds = SharesHeadingSays(table.Headings, map);
        var issues = new List<ValidationIssue>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int children = 0, records = 0, refusals = 0;

        foreach (var row in table.Rows)
        {
            string? Cell(F.Field field) => map[F.IndexOf(field)] is var c && c >= 0 && c < row.Cells.Length ? row.Cells[c] : null;
            void Report(RuleDefinition rule, F.Field field, string message, bool refuse)
            {
                var where = table.Where(row.Number, map[F.IndexOf(field)]);
                var issue = new ValidationIssue(rule.Code, $"{char.ToUpperInvariant(where[0])}{where[1..]} ({field.Name}): {message}", file, table.Sheet ?? Table, row.Number, Cell(F.ChildId), field.Name,
                    refuse ? IssueSeverity.Refused : IssueSeverity.Flagged);
                if (!refuse) issues.Add(issue);
                else if (++refusals <= MaxRefusalsListed) issues.Add(issue);
            }

            children++;
            var before = refusals;
            foreach (var field in F.All.Where(f => f.Required && Cell(f) is null))
                Report(SnapshotRules.MissingValue, field, $"{field.Label} is blank but every row needs it.", refuse: true);
            var childId = Cell(F.ChildId);

            var placing = Cell(F.PlacingLa);
            if (placing is not null && LaCodeOf(placing) is var placingCode && placingCode != key.LaCode)
                Report(SnapshotRules.WrongPlacingLa, F.PlacingLa, $"'{Shown(placing)}' is {(placingCode is null ? "not an English LA's name or DfE code" : $"LA {placingCode}")}, but this is LA {key.LaCode}'s snapshot.", refuse: true);

            var cost = Amount(Cell(F.WeeklyCost), F.WeeklyCost, Report);
            var social = Amount(Cell(F.SocialCareShare), F.SocialCareShare, Report);
            var education = Amount(Cell(F.EducationShare), F.EducationShare, Report);
            var health = Amount(Cell(F.HealthShare), F.HealthShare, Report);
            (decimal Social, decimal Education, decimal Health)? pounds = null;
            if (cost is { } total && social is { } s && education is { } e && health is { } h)
            {
                var sum = s + e + h;
                var asPounds = Math.Abs(sum - total) <= 1m;
                var asPercent = Math.Abs(sum - 100m) <= 0.5m;
                if (sharesInPounds == true ? asPounds : sharesInPounds == false ? asPercent : asPounds || asPercent)
                    pounds = asPounds && sharesInPounds != false ? (s, e, h) : (Math.Round(total * s / 100m, 2), Math.Round(total * e / 100m, 2), Math.Round(total * h / 100m, 2));
                else
                    Report(SnapshotRules.SharesDoNotSum, F.SocialCareShare,
                        $"the shares {s:0.##} + {e:0.##} + {h:0.##} = {sum:0.##} add up neither to the weekly cost £{total:0.##} (within £1) nor to 100% (within 0.5).", refuse: true);
            }

            var typeText = Cell(F.PlacementType);
            string? type = null;
            if (typeText is not null && !F.PlacementTypes.TryGetValue(typeText.Trim(), out type))
                Report(SnapshotRules.PlacementTypeNotValid, F.PlacementType, $"'{Shown(typeText)}' is not one of: {string.Join(", ", F.PlacementTypes.Values.Distinct())}.", refuse: true);
            var start = Date(Cell(F.PlacementStart), table.FromWorkbook);
            if (Cell(F.PlacementStart) is { } startText && (start is null || start > key.PeriodEnd.AddYears(1)))
                Report(SnapshotRules.DateNotValid, F.PlacementStart, $"'{Shown(startText)}' is not a valid date (dd/mm/yyyy).", refuse: true);
            var birth = Date(Cell(F.BirthDate), table.FromWorkbook);
            if (Cell(F.BirthDate) is not null && birth is null)
                Report(SnapshotRules.DateNotValid, F.BirthDate, "the date of birth is not a valid date (dd/mm/yyyy).", refuse: false);
            var sex = SexCodes.Parse(Cell(F.Gender));
            if (Cell(F.Gender) is { } genderText && sex is null && !genderText.Trim().Equals("unknown", StringComparison.OrdinalIgnoreCase))
                Report(SnapshotRules.GenderNotValid, F.Gender, $"'{Shown(genderText)}' is not Male, Female or Unknown.", refuse: false);
            int? age = null;
            if (Cell(F.Age) is { } ageText)
            {
                if (int.TryParse(ageText, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && a <= 25) age = a;
                else Report(SnapshotRules.AgeNotValid, F.Age, $"'{Shown(ageText)}' is not a whole number of years from 0 to 25.", refuse: false);
            }
            var sourcing = Choice(Cell(F.Sourcing), F.Sourcing, F.Sourcings, Report);
            var status = Choice(Cell(F.Status), F.Status, F.Statuses, Report);
            var flags = new[] { F.MissingEducation, F.Challenging, F.Camhs }.Select(f => Choice(Cell(f), f, F.YesNo, Report) switch
            {
                "Y" => (int?)1,
                "N" => 0,
                _ => null,
            }).ToArray();
            var needs = new[] { F.PrimaryNeed, F.SecondaryNeed }.Select(f =>
            {
                var need = Cell(f)?.ToUpperInvariant();
                if (need is not null && !Sen2Rules.SenTypes.Contains(need))
                    Report(SnapshotRules.NeedNotValid, f, $"'{Shown(need)}' is not a SEN type code ({string.Join(", ", Sen2Rules.SenTypes)}).", refuse: false);
                return need;
            }).ToArray();

            if (childId is null || refusals > before || refusals > 0) continue;
            var pseudonym = pseudonymiser.Pseudonymise(key.LaCode, childId);
            if (!seen.TryAdd(pseudonym, row.Number))
            {
                Report(SnapshotRules.DuplicateChild, F.ChildId, $"the same child is already on row {seen[pseudonym]}.", refuse: false);
                continue;
            }
            var ethnicity = Cell(F.Ethnicity);
            writer.AddChild(new ChildRecord(pseudonym, sex, birth is { } b ? Degrade.ToMonth(b) : null, ethnicity, row.Number));
            if (UpnPseudonym.Of(pseudonymiser, key.LaCode, Cell(F.Upn)) is { } upn)
            {
                writer.AddRow(ReturnTables.ChildUpn, [pseudonym, upn]);
                records++;
            }
            writer.AddRow(ReturnTables.SnapshotPlacement,
            [
                pseudonym, key.LaCode, age, sex, ethnicity, IsoDates.Iso(start), type, Cell(F.Provider), Cell(F.Urn),
                Cell(F.HostAuthority), sourcing, cost, pounds?.Social, pounds?.Education, pounds?.Health, needs[0], needs[1], status,
                flags[0], flags[1], flags[2], row.Number,
            ]);
            records++;
        }
        if (refusals > MaxRefusalsListed)
            issues.Insert(0, new ValidationIssue(SnapshotRules.MissingValue.Code, $"{refusals} values refuse the snapshot; the first {MaxRefusalsListed} are listed.", file, Table, null, null, null, IssueSeverity.Refused));
        var result = new ReturnReadResult(children, records, issues);
        if (refusals > 0) throw new ReturnRefusedException(result);
        foreach (var issue in issues)
            writer.AddIssue(StoredIssue.Of(issue, id => pseudonymiser.Pseudonymise(key.LaCode, id)));
        return result;
    }

    /// <summary>Whether the share headings say pounds (true) or percentages (false); null when they do not say.</summary>
    private static bool? SharesHeadingSays(IReadOnlyList<string> headings, int[] map)
    {
        var heading = headings[map[F.IndexOf(F.SocialCareShare)]];
        if (heading.Contains('£') || heading.Contains("cost", StringComparison.OrdinalIgnoreCase) || heading.Contains("GBP", StringComparison.OrdinalIgnoreCase)) return true;
        if (heading.Contains('%') || heading.Contains("percent", StringComparison.OrdinalIgnoreCase)) return false;
        return null;
    }

    private static decimal? Amount(string? text, F.Field field, Action<RuleDefinition, F.Field, string, bool> report)
    {
        if (text is null) return null;
        var cleaned = text.Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).TrimEnd('%').Trim();
        if (!decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            report(SnapshotRules.CostNotAmount, field, $"'{Shown(text)}' is not an amount (write 2450 or £2,450.00).", true);
            return null;
        }
        if (amount < 0)
        {
            report(SnapshotRules.NegativeCost, field, $"{amount} is negative; costs and shares are zero or more.", true);
            return null;
        }
        return amount;
    }

    private static string? Choice(string? text, F.Field field, IReadOnlyDictionary<string, string> choices, Action<RuleDefinition, F.Field, string, bool> report)
    {
        if (text is null) return null;
        if (choices.TryGetValue(text.Trim(), out var value)) return value;
        report(SnapshotRules.ListValueNotValid, field, $"'{Shown(text)}' is not one of: {string.Join(", ", choices.Values.Distinct())}.", false);
        return null;
    }

    private static DateOnly? Date(string? text, bool fromWorkbook)
    {
        if (text is null) return null;
        if (ReturnDates.TryParse(text, out var date)) return date;
        if (fromWorkbook && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958465)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        return null;
    }

    /// <summary>An LA's DfE code from a code or a name as LAs write it ("302", "Barnet", "London Borough of Barnet").</summary>
    private static string? LaCodeOf(string text)
    {
        var trimmed = text.Trim();
        if (EnglishLocalAuthorities.ByDfeCode(trimmed) is not null) return trimmed;
        var name = trimmed.Replace("London Borough of ", "", StringComparison.OrdinalIgnoreCase).Replace("Royal Borough of ", "", StringComparison.OrdinalIgnoreCase)
            .Replace(" Council", "", StringComparison.OrdinalIgnoreCase).Trim();
        return EnglishLocalAuthorities.All.FirstOrDefault(la => la.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.DfeCode;
    }

    private static string Shown(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
