using Dapper;
using JoinedUp.Ingest.Files;
using JoinedUp.Register.Access;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Import;
using JoinedUp.Register.Meetings;
using JoinedUp.Register.Ratings;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    /// <summary>
    /// Reads an existing DSR spreadsheet (CSV or XLSX, by file name) and says what it would add, row by row, without
    /// storing anything. LA users import their own LA's children (the LA column may be left out); ICS leads any LA of
    /// their footprint. Child IDs are hashed as they are read.
    /// </summary>
    public RegisterImportPreview PreviewImport(RegisterUser user, Stream file, string fileName)
    {
        using var connection = _store.OpenConnection();
        var scope = ChildScope(connection, user, "dsr.import.preview", "dsr:import:" + fileName);
        var problems = new List<ImportProblem>();
        SpreadsheetRows sheet;
        try
        {
            sheet = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? XlsxSheetReader.Read(file, fileName)
                : fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? CsvSheetReader.Read(file, fileName)
                : throw new InvalidDataException($"'{fileName}' is neither a .csv nor an .xlsx file.");
        }
        catch (ReturnFileException e)
        {
            problems.Add(new ImportProblem(e.Issue.Row, null, e.Issue.RuleCode, e.Issue.Message));
            return Preview(connection, user, fileName, [], problems, new Dictionary<string, DsrColumn>(), []);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or CsvHelper.CsvHelperException)
        {
            problems.Add(new ImportProblem(null, null, "file-unreadable", $"The file cannot be read: {e.Message}"));
            return Preview(connection, user, fileName, [], problems, new Dictionary<string, DsrColumn>(), []);
        }

        var recognised = new Dictionary<string, DsrColumn>();
        var columnOf = new Dictionary<DsrColumn, int>();
        var indicatorColumns = new Dictionary<int, RiskIndicator>();
        var ignored = new List<string>();
        for (var i = 0; i < sheet.Headers.Count; i++)
        {
            var header = sheet.Headers[i].Trim();
            if (header.Length == 0) continue;
            if (DsrColumns.IsIdentifying(header)) ignored.Add($"{header} (identifies a child: never read)");
            else if (DsrColumns.Match(header) is { } column && columnOf.TryAdd(column, i)) recognised[header] = column;
            else if (RiskIndicators.TryParse(header, out var indicator)) indicatorColumns[i] = indicator;
            else ignored.Add($"{header} (not a register column)");
        }
        if (!columnOf.ContainsKey(DsrColumn.ChildId))
            problems.Add(new ImportProblem(null, "Child ID", "column-missing", "There is no column of the LA's child IDs (e.g. 'Child ID'); no row can be taken."));
        if (!columnOf.ContainsKey(DsrColumn.Rating))
            problems.Add(new ImportProblem(null, "RAG rating", "column-missing", "There is no RAG rating column; no row can be taken."));
        if (!columnOf.ContainsKey(DsrColumn.La) && !user.IsLaUser)
            problems.Add(new ImportProblem(null, "LA", "column-missing", "There is no LA column; an ICS import must say each child's LA."));
        if (problems.Count > 0) return Preview(connection, user, fileName, [], problems, recognised, ignored);

        string Header(DsrColumn c) => sheet.Headers[columnOf[c]].Trim();
        var rows = new List<ImportRow>();
        var seen = new Dictionary<string, int>();
        foreach (var (rowNumber, cells) in sheet.Rows)
        {
            string Cell(DsrColumn c) => columnOf.TryGetValue(c, out var i) && i < cells.Count ? cells[i].Trim() : "";
            var rowProblems = new List<ImportProblem>();
            void Problem(DsrColumn? c, string rule, string message) =>
                rowProblems.Add(new ImportProblem(rowNumber, c is null ? null : columnOf.ContainsKey(c.Value) ? Header(c.Value) : DsrColumns.Header(c.Value), rule, message));

            var childId = Cell(DsrColumn.ChildId);
            if (childId.Length == 0) Problem(DsrColumn.ChildId, "child-id-required", "The child's ID is blank.");
            var laText = Cell(DsrColumn.La);
            var la = laText.Length == 0 && user.IsLaUser ? user.Organisation : ResolveLa(laText);
            if (la is null) Problem(DsrColumn.La, "la-unknown", laText.Length == 0 ? "The LA is blank." : $"'{laText}' is not an LA of {Region.Name}.");
            else if (!scope.LaCodes.Contains(la)) Problem(DsrColumn.La, "la-outside-scope", $"LA {Region[la].Name} is outside your scope.");
            var ratingText = Cell(DsrColumn.Rating);
            if (!RagRatings.TryParse(ratingText, out var rating)) Problem(DsrColumn.Rating, "rating-invalid", $"'{ratingText}' is not a RAG rating (green, amber or red).");
            var reason = Cell(DsrColumn.Reason);
            if (reason.Length == 0) Problem(DsrColumn.Reason, "reason-required", "Every rating needs a reason.");
            var agencies = new List<Agency>();
            foreach (var part in Split(Cell(DsrColumn.Agencies)))
                if (Agencies.TryParse(part, out var agency)) agencies.Add(agency);
                else Problem(DsrColumn.Agencies, "agency-unknown", $"'{part}' is not an agency the register knows ({string.Join(", ", Agencies.All.Select(a => a.Label()))}).");
            var indicators = new List<RiskIndicator>();
            foreach (var part in Split(Cell(DsrColumn.RiskIndicators)))
                if (RiskIndicators.TryParse(part, out var indicator)) indicators.Add(indicator);
                else Problem(DsrColumn.RiskIndicators, "indicator-unknown", $"'{part}' is not a risk indicator the register knows.");
            foreach (var (index, indicator) in indicatorColumns)
            {
                var flag = index < cells.Count ? cells[index].Trim().ToLowerInvariant() : "";
                if (flag is "y" or "yes" or "true" or "1" or "x") indicators.Add(indicator);
                else if (flag is not ("" or "n" or "no" or "false" or "0"))
                    rowProblems.Add(new ImportProblem(rowNumber, sheet.Headers[index].Trim(), "flag-invalid", $"'{cells[index].Trim()}' is not Y or N."));
            }
            DateOnly? Date(DsrColumn c, bool required, string rule)
            {
                var text = Cell(c);
                if (text.Length == 0)
                {
                    if (required) Problem(c, rule, $"{DsrColumns.Header(c)} is blank.");
                    return null;
                }
                if (DsrDates.TryParse(text, out var date)) return date;
                Problem(c, "date-invalid", $"'{text}' is not a date (use dd/mm/yyyy).");
                return null;
            }
            var givenBy = Cell(DsrColumn.ConsentGivenBy);
            var basis = Cell(DsrColumn.ConsentBasis);
            if (givenBy.Length == 0) Problem(DsrColumn.ConsentGivenBy, "consent-required", "Who gave consent is blank: the register holds a child only with consent recorded.");
            if (basis.Length == 0) Problem(DsrColumn.ConsentBasis, "consent-required", "The basis of consent is blank.");
            var consentDate = Date(DsrColumn.ConsentDate, required: true, "consent-required");
            var withdrawn = Date(DsrColumn.ConsentWithdrawn, required: false, "");
            var entered = Date(DsrColumn.EnteredOn, required: false, "") ?? Today;
            var cetr = Date(DsrColumn.CetrDue, required: false, "");
            var laep = Date(DsrColumn.LaepDue, required: false, "");
            if (rating == RagRating.Red && cetr is null && laep is null && !rowProblems.Any(p => p.Rule == "date-invalid"))
                Problem(DsrColumn.CetrDue, "red-needs-cetr-or-laep", "A red row needs the due date of its CETR or LAEP meeting.");
            if (entered > Today) Problem(DsrColumn.EnteredOn, "date-in-future", "The date added is in the future.");
            if (rating is RagRating.Amber or RagRating.Red && Cell(DsrColumn.Keyworker).Length == 0)
                Problem(DsrColumn.Keyworker, "keyworker-required", $"A child at {rating.Code()} needs a named keyworker.");
            if (consentDate is { } given && withdrawn is { } w && w < given) Problem(DsrColumn.ConsentWithdrawn, "consent-withdrawn-before-given", "Consent is withdrawn before it was given.");

            string? pseudonym = null;
            // A child of an LA outside the user's scope is never looked up: the row says only that it is outside scope.
            if (childId.Length > 0 && la is not null && scope.LaCodes.Contains(la))
            {
                pseudonym = _store.Pseudonymiser.Pseudonymise(la, childId);
                if (seen.TryGetValue(pseudonym, out var first)) Problem(DsrColumn.ChildId, "duplicate-in-file", $"The same child is on row {first}.");
                else
                {
                    seen[pseudonym] = rowNumber;
                    if (AlreadyOnRegister(connection, null, scope, new Identity.ChildKeys(pseudonym, null)) is { } existing)
                        Problem(DsrColumn.ChildId, existing.Rule, existing.Rule == OutsideScopeRule ? existing.Message : existing.Message + " Update that entry instead.");
                }
            }
            if (rowProblems.Count > 0)
            {
                problems.AddRange(rowProblems);
                continue;
            }
            MeetingRequest? meeting = rating != RagRating.Red ? null
                : cetr is { } c ? new MeetingRequest(MeetingKind.Cetr, c) : new MeetingRequest(MeetingKind.Laep, laep!.Value);
            rows.Add(new ImportRow(rowNumber, la!, pseudonym!, rating, reason, Cell(DsrColumn.Keyworker), agencies.Distinct().ToList(), indicators.Distinct().ToList(),
                new Consent(givenBy, consentDate!.Value, basis, withdrawn), entered, meeting));
        }
        if (sheet.Rows.Count == 0) problems.Add(new ImportProblem(null, null, "file-empty", "The file has a header row but no children."));
        return Preview(connection, user, fileName, rows, problems, recognised, ignored);
    }

    private RegisterImportPreview Preview(System.Data.Common.DbConnection connection, RegisterUser user, string fileName, List<ImportRow> rows,
        List<ImportProblem> problems, Dictionary<string, DsrColumn> recognised, List<string> ignored)
    {
        RegisterAudit.Write(connection, null, user, Now, "dsr.import.preview", "dsr:import:" + fileName, AuditOutcome.Allowed,
            $"{rows.Count} rows can be taken, {problems.Count} problems; nothing stored");
        return new RegisterImportPreview(Guid.NewGuid(), fileName, user.UserName, user.Organisation, rows, problems, recognised, ignored);
    }

    /// <summary>
    /// Stores the rows of a preview the same user made, all in one transaction: if any row can no longer be taken (the
    /// child was added meanwhile) nothing is stored and the row is named.
    /// </summary>
    public ImportOutcome ConfirmImport(RegisterUser user, RegisterImportPreview preview)
    {
        using var connection = _store.OpenConnection();
        var scope = ChildScope(connection, user, "dsr.import.confirm", "dsr:import:" + preview.FileName);
        if (!scope.Decides) Deny(connection, user, "dsr.import.confirm", "dsr:import:" + preview.FileName, "Partners refer children; they do not import the register.");
        if (preview.UserName != user.UserName || preview.Organisation != user.Organisation)
            Deny(connection, user, "dsr.import.confirm", "dsr:import:" + preview.FileName, "Only the person who previewed an import can confirm it.");
        if (preview.Rows.Any(r => !scope.LaCodes.Contains(r.LaCode)))
            Deny(connection, user, "dsr.import.confirm", "dsr:import:" + preview.FileName, "The import holds children outside your scope.");
        var references = new List<string>();
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var row in preview.Rows)
            {
                long id;
                try
                {
                    id = Insert(connection, transaction, user, scope, new NewEntry(row.LaCode, "", row.Rating, row.Reason, row.Keyworker, row.Agencies, row.RiskIndicators,
                        row.Consent, row.EnteredOn, row.Meeting), new Identity.ChildKeys(row.Pseudonym, null));
                }
                catch (RegisterRuleException e)
                {
                    transaction.Rollback();
                    if (e.Rule == OutsideScopeRule)
                        RegisterAudit.Write(connection, null, user, Now, "dsr.import.confirm", "dsr:import:" + preview.FileName, AuditOutcome.Denied, $"row {row.RowNumber}: a child the user may not see");
                    throw new RegisterRuleException(e.Rule, $"Row {row.RowNumber}: {e.Message} Nothing was imported.");
                }
                if (row.Consent.WithdrawnOn is not null) RecordEvent(connection, transaction, user, id, "consent-withdrawn", $"consent withdrawn on {row.Consent.WithdrawnOn:yyyy-MM-dd} (imported)");
                references.Add(EntryReference.Format(id));
            }
            RegisterAudit.Write(connection, transaction, user, Now, "dsr.import.confirm", "dsr:import:" + preview.FileName, AuditOutcome.Allowed, $"{references.Count} entries added");
            transaction.Commit();
        }
        return new ImportOutcome(preview.FileName, references);
    }

    private string? ResolveLa(string text)
    {
        if (text.Length == 0) return null;
        var key = Spelling.Key(text);
        return Region.Members.FirstOrDefault(m => m.DfeCode == text || Spelling.Key(m.OnsCode) == key || Spelling.Key(m.Name) == key
            || Spelling.Key(m.Name.Replace(" and ", " & ")) == key || Spelling.Key("London Borough of " + m.Name) == key)?.DfeCode;
    }

    private static IEnumerable<string> Split(string text) =>
        text.Split([';', ',', '/', '|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => p.Length > 0);
}
