using System.Globalization;
using JoinedUp.Domain.Children;
using JoinedUp.Domain.Codes;
using JoinedUp.Domain.Pseudonymisation;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Files;
using JoinedUp.Ingest.Importing;
using JoinedUp.Ingest.Linking;
using JoinedUp.Ingest.Values;
using JoinedUp.Store.Returns;
using F = JoinedUp.Ingest.School.SchoolCensusFields;

namespace JoinedUp.Ingest.School;

/// <summary>
/// Reads one LA's exclusions and attendance extract (one or two files: CSV per table, or a workbook with a sheet per
/// table). Each pupil becomes a child whose pseudonym is the region's HMAC of the LA and UPN, as SEN2's is, so the two
/// returns meet on the pseudonym and the CIN census (which carries UPNs) through the UPN pseudonym; neither the UPN nor
/// the date of birth is stored (birth month only). Each exclusion and each term's attendance is a row of its table.
/// A value that cannot be stored refuses the whole submission, every such value listed with its row and field.
/// </summary>
public sealed class SchoolCensusReader(SubmissionKey key, ChildPseudonymiser pseudonymiser)
{
    private const int MaxRefusalsListed = 1000;

    /// <summary>The extract of year Y is the academic year ending in the summer of Y (2023: September 2022 to August 2023).</summary>
    private DateOnly AcademicYearEnd => new(key.Year, 8, 31);

    public ReturnReadResult Read(IReadOnlyList<string> paths, ISubmissionWriter writer)
    {
        var sheets = paths.SelectMany(SchoolCensusFiles.Open).ToList();
        foreach (var twice in sheets.GroupBy(s => s.Kind).Where(g => g.Count() > 1))
            throw FileRules.Refuse(SchoolCensusRules.TwoFilesOneTable.Code,
                $"The {twice.Key.ToString().ToLowerInvariant()} table is in more than one file or sheet ({string.Join(", ", twice.Select(s => Path.GetFileName(s.File) + (s.Sheet is null ? "" : $" sheet '{s.Sheet}'")))}); send it once.", twice.First().File);
        var issues = new List<ValidationIssue>();
        var children = new Dictionary<string, int>(StringComparer.Ordinal);
        var pending = new List<(string Table, object?[] Values)>();
        var refusals = 0;
        foreach (var sheet in sheets)
        {
            var fields = F.FieldsOf(sheet.Kind);
            var map = fields.Select(f => F.IndexOf(sheet.Headings, f)).ToArray();
            var missing = fields.Where((f, i) => f.Required && map[i] < 0).Select(f => f.Name).ToList();
            if (missing.Count > 0)
                throw FileRules.Refuse(FileRules.MissingColumn, $"The {sheet.Kind.ToString().ToLowerInvariant()} table has no column {string.Join(", ", missing)}.", sheet.File, sheet.TableName, 1, missing[0]);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var row in sheet.Rows)
            {
                string? Cell(F.Field field)
                {
                    var i = map[IndexIn(fields, field)];
                    return i >= 0 && i < row.Cells.Length ? row.Cells[i] : null;
                }
                var upn = Cell(F.Upn);
                void Report(RuleDefinition rule, F.Field field, string message, bool refuse)
                {
                    var issue = new ValidationIssue(rule.Code, $"Row {row.Number} ({field.Name}): {message}", Path.GetFileName(sheet.File), sheet.TableName, row.Number, upn, field.Name,
                        refuse ? IssueSeverity.Refused : IssueSeverity.Flagged);
                    if (!refuse || ++refusals <= MaxRefusalsListed) issues.Add(issue);
                }
                var before = refusals;
                foreach (var field in fields.Where(f => f.Required && f != F.Upn && Cell(f) is null))
                    Report(SchoolCensusRules.MissingValue, field, $"{field.Name} is blank but every row needs it.", refuse: true);
                var birth = Date(Cell(F.BirthDate), sheet.FromWorkbook);
                if (Cell(F.BirthDate) is not null && birth is null)
                    Report(SchoolCensusRules.DateNotValid, F.BirthDate, "the date of birth is not a valid date (dd/mm/yyyy).", refuse: false);
                var sex = SexCodes.Parse(Cell(F.Sex));
                if (Cell(F.Sex) is { } sexText && sex is null && sexText.Trim().ToUpperInvariant() is not ("U" or "UNKNOWN" or "9" or "0"))
                    Report(SchoolCensusRules.SexNotValid, F.Sex, $"'{Shown(sexText)}' is not M, F or U.", refuse: false);

                object?[] values;
                string dedupe;
                if (sheet.Kind == SchoolTableKind.Exclusions)
                {
                    string? category = null, reason = null;
                    if (Cell(F.Category) is { } c && !SchoolCensusRules.Categories.TryGetValue(c, out category))
                        Report(SchoolCensusRules.CategoryNotValid, F.Category, $"'{Shown(c)}' is not PERM (permanent exclusion) or SUSP (suspension; FIXD before 2021/22).", refuse: true);
                    if (Cell(F.Reason) is { } r && !SchoolCensusCodeLists.ExclusionReason.Contains(reason = r.ToUpperInvariant()))
                        Report(SchoolCensusRules.ReasonNotValid, F.Reason, $"'{Shown(r)}' is not an exclusion reason code ({string.Join(", ", SchoolCensusCodeLists.ExclusionReason.Codes)}).", refuse: true);
                    var start = Date(Cell(F.StartDate), sheet.FromWorkbook);
                    if (Cell(F.StartDate) is { } s && start is null)
                        Report(SchoolCensusRules.DateNotValid, F.StartDate, $"'{Shown(s)}' is not a valid date (dd/mm/yyyy).", refuse: true);
                    else if (start is { } st && (st > AcademicYearEnd || (birth is { } b && st < b)))
                        Report(SchoolCensusRules.StartAfterPeriod, F.StartDate, st > AcademicYearEnd
                            ? $"the exclusion starts after the academic year of the extract ends ({AcademicYearEnd:dd/MM/yyyy})." : "the exclusion starts before the pupil's date of birth.", refuse: false);
                    var sessions = Sessions(Cell(F.Sessions), F.Sessions, Report);
                    values = [null, Cell(F.Urn), IsoDates.Iso(start), category, reason, sessions, row.Number];
                    dedupe = $"{IsoDates.Iso(start)}|{category}";
                }
                else
                {
                    var term = Term(Cell(F.Term));
                    var year = AcademicYear(Cell(F.AcademicYear));
                    if (Cell(F.Term) is { } t && term is null)
                        Report(SchoolCensusRules.TermNotValid, F.Term, $"'{Shown(t)}' is not AUT, SPR or SUM.", refuse: true);
                    if (Cell(F.AcademicYear) is { } y && year is null)
                        Report(SchoolCensusRules.TermNotValid, F.AcademicYear, $"'{Shown(y)}' is not an academic year written 2020/21.", refuse: true);
                    var possible = Sessions(Cell(F.SessionsPossible), F.SessionsPossible, Report);
                    var authorised = Sessions(Cell(F.SessionsAuthorised), F.SessionsAuthorised, Report);
                    var unauthorised = Sessions(Cell(F.SessionsUnauthorised), F.SessionsUnauthorised, Report);
                    if (possible is { } p && authorised is { } a && unauthorised is { } u && a + u > p)
                        Report(SchoolCensusRules.AbsenceOverPossible, F.SessionsAuthorised, $"{a} authorised + {u} unauthorised = {a + u} sessions of absence, more than the {p} possible.", refuse: false);
                    var termStart = year is { } yy && term is { } tt ? TermStart(yy, tt) : (DateOnly?)null;
                    values = [null, Cell(F.Urn), year is { } ay ? $"{ay}/{(ay + 1) % 100:D2}" : null, term, IsoDates.Iso(termStart), possible, authorised, unauthorised, row.Number];
                    dedupe = $"{values[2]}|{term}|{Cell(F.Urn)}";
                }

                var normal = upn?.Trim().ToUpperInvariant();
                if (normal is null || normal.StartsWith("UN", StringComparison.Ordinal) || !Upns.IsValid(normal))
                {
                    Report(SchoolCensusRules.UpnNotValid, F.Upn, normal is null ? "the UPN is blank: the pupil cannot be linked and the row is not loaded."
                        : "the UPN is not a valid unique pupil number (or is a UN code): the pupil cannot be linked and the row is not loaded.", refuse: false);
                    continue;
                }
                if (refusals > before || refusals > 0) continue;
                var pseudonym = pseudonymiser.Pseudonymise(key.LaCode, "UPN:" + normal);
                if (!seen.TryAdd(pseudonym + "|" + dedupe, row.Number))
                {
                    Report(SchoolCensusRules.Duplicate, F.Upn, $"the same pupil's {(sheet.Kind == SchoolTableKind.Exclusions ? "exclusion" : "attendance for the term")} is already on row {seen[pseudonym + "|" + dedupe]}; only the first is loaded.", refuse: false);
                    continue;
                }
                if (children.TryAdd(pseudonym, row.Number))
                {
                    writer.AddChild(new ChildRecord(pseudonym, sex, birth is { } bd ? Degrade.ToMonth(bd) : null, Cell(F.Ethnicity)?.ToUpperInvariant(), row.Number));
                    pending.Add((ReturnTables.ChildUpn, [pseudonym, UpnPseudonym.Of(pseudonymiser, key.LaCode, normal)]));
                }
                values[0] = pseudonym;
                pending.Add((sheet.Kind == SchoolTableKind.Exclusions ? ReturnTables.SchoolExclusion : ReturnTables.SchoolAttendance, values));
            }
        }
        if (refusals > MaxRefusalsListed)
            issues.Insert(0, new ValidationIssue(SchoolCensusRules.MissingValue.Code, $"{refusals} values refuse the extract; the first {MaxRefusalsListed} are listed.", Path.GetFileName(paths[0]), "", null, null, null, IssueSeverity.Refused));
        var result = new ReturnReadResult(children.Count, pending.Count, issues);
        if (refusals > 0) throw new ReturnRefusedException(result);
        foreach (var (table, values) in pending) writer.AddRow(table, values);
        foreach (var issue in issues)
            writer.AddIssue(issue.Child is { } child && Upns.IsValid(child.Trim().ToUpperInvariant())
                ? Validation.StoredIssue.Of(issue, id => pseudonymiser.Pseudonymise(key.LaCode, "UPN:" + id.Trim().ToUpperInvariant()))
                : Validation.StoredIssue.Of(issue with { Child = null }, id => id));
        return result;
    }

    private static int IndexIn(IReadOnlyList<F.Field> fields, F.Field field)
    {
        for (var i = 0; i < fields.Count; i++) if (fields[i] == field) return i;
        throw new ArgumentException($"{field.Name} is not a column of this table.", nameof(field));
    }

    private static int? Sessions(string? text, F.Field field, Action<RuleDefinition, F.Field, string, bool> report)
    {
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 999) return n;
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && d <= 999) return (int)d;
        report(SchoolCensusRules.SessionsNotValid, field, $"'{Shown(text)}' is not a whole number of sessions from 0 to 999.", true);
        return null;
    }

    /// <summary>AUT, SPR, SUM (or the words).</summary>
    public static string? Term(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "AUT" or "AUTUMN" => "AUT",
        "SPR" or "SPRING" => "SPR",
        "SUM" or "SUMMER" => "SUM",
        _ => null,
    };

    /// <summary>The first calendar year of an academic year written 2020/21, 2020/2021 or 2020-21.</summary>
    public static int? AcademicYear(string? text)
    {
        if (text is null) return null;
        var parts = text.Trim().Split('/', '-');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first) || first is < 1990 or > 2100) return null;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var second)) return null;
        return second == first + 1 || second == (first + 1) % 100 ? first : null;
    }

    /// <summary>When a term begins, for the timeline: 1 September, 1 January, 15 April (term dates differ by school).</summary>
    public static DateOnly TermStart(int academicYear, string term) => term switch
    {
        "AUT" => new DateOnly(academicYear, 9, 1),
        "SPR" => new DateOnly(academicYear + 1, 1, 1),
        _ => new DateOnly(academicYear + 1, 4, 15),
    };

    private static DateOnly? Date(string? text, bool fromWorkbook)
    {
        if (text is null) return null;
        if (ReturnDates.TryParse(text, out var date)) return date;
        if (fromWorkbook && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958465)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        return null;
    }

    private static string Shown(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
