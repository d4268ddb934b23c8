using JoinedUp.Domain.Children;
using JoinedUp.Domain.Pseudonymisation;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Tables;
using JoinedUp.Ingest.Validation;
using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Codes;
using JoinedUp.Ingest.Values;
using static JoinedUp.Domain.Codes.Ssda903Rules;

namespace JoinedUp.Ingest.Ssda903;

/// <summary>
/// Reads, validates, cleans and pseudonymises one SSDA903 submission, streaming rows into a submission writer.
/// Clean rows and rows with flagged failures are written; if any value cannot be stored the read throws
/// <see cref="SubmissionRefusedException"/> at the end so the load is discarded, having reported every such value.
/// Every row is also copied into an <see cref="Ssda903Return"/>, and when all are read the collection year's rules
/// (<see cref="Ssda903RuleSet"/>) run over each child's rows across the tables, and over last year's return when it is
/// held (<paramref name="previous"/>). A failure already reported by the field checks under the same code on the same
/// row is not reported twice. The result says which previous return the previous-year rules compared with, or that
/// none was held (<see cref="Ssda903ReadResult.PreviousYear"/>).
/// </summary>
/// <param name="rules">The rules to run; the collection year's (<see cref="Ssda903RuleSet.For"/>) when null.</param>
public sealed class Ssda903SubmissionReader(SubmissionKey key, ChildPseudonymiser pseudonymiser, PreviousReturn? previous = null,
    IReadOnlyList<Ssda903Rule>? rules = null)
{
    private readonly IsoDateText _dates = new();

    private sealed class ChildState
    {
        public string Pseudonym = "";
        public bool InHeader;
        public int HeaderRow;
        public DateOnly? Birth;
        public List<EpisodeSpan>? Episodes;
    }

    public Ssda903ReadResult Read(Ssda903Files files, ISubmissionWriter writer)
    {
        var log = new IssueLog();
        var children = new Dictionary<string, ChildState>(StringComparer.Ordinal);
        // Flagged failures go to the store as they are found (with the pseudonym); a refusal discards the whole load anyway.
        var issues = new IssueSink(log, writer, id => StateOf(children, id).Pseudonym);
        var headerChildren = 0;
        var episodes = 0;
        string? episodesFile = null;
        var rowIssues = new List<ValidationIssue>();
        var cleaned = new List<KeyValuePair<string, string?>>();
        Ssda903ChildRules? childRules = null;
        var submission = new Ssda903Return(key);

        foreach (var row in files.Rows())
        {
            submission.Add(row);
            rowIssues.Clear();
            var childId = row.Values[0];
            FieldCheck.Check(row, childId, rowIssues);
            var refusedRow = false;
            foreach (var issue in rowIssues)
            {
                refusedRow |= issue.Severity == IssueSeverity.Refused;
                issues.Add(issue);
            }
            if (childId is null) continue;
            var child = StateOf(children, childId);

            if (row.Table == Ssda903Tables.Header)
            {
                if (child.InHeader)
                {
                    issues.Add(new(DuplicateChildInHeader.Code, $"The same child (CHILD) is already on row {child.HeaderRow} of the header table.", Path.GetFileName(row.File), row.Table.Name, row.Number, childId, "CHILD", IssueSeverity.Flagged));
                    continue;
                }
                child.InHeader = true;
                child.HeaderRow = row.Number;
                headerChildren++;
                child.Birth = Date(row, "DOB");
                if (child.Birth is { } dob && dob > key.PeriodEnd)
                    issues.Add(new(DobInFuture.Code, $"The date of birth (DOB) is after the end of the {key.Year} collection year.", Path.GetFileName(row.File), row.Table.Name, row.Number, childId, "DOB", IssueSeverity.Flagged));
                if (log.Refusals == 0 && !refusedRow) writer.AddChild(ToChild(row, child));
            }
            else if (row.Table == Ssda903Tables.Episodes)
            {
                episodes++;
                if (refusedRow) continue;
                episodesFile ??= Path.GetFileName(row.File);
                childRules ??= new Ssda903ChildRules(key, episodesFile);
                var start = Date(row, "DECOM")!.Value;
                var end = Date(row, "DEC");
                childRules.CheckEpisode(childId, row.Number, start, end, row["RNE"], row["LS"], row["PLACE"], row["REC"], row["URN"],
                    child.InHeader, child.Birth, issues);
                (child.Episodes ??= []).Add(new EpisodeSpan(start, end, row.Number, row["REC"]));
                if (log.Refusals == 0) writer.AddEpisode(ToEpisode(row, child.Pseudonym, start, end));
            }
            else if (log.Refusals == 0 && !refusedRow)
            {
                Clean(row, cleaned);
                writer.AddRecord(row.Table.Name, child.Pseudonym, row.Number, cleaned);
            }
        }

        if (childRules is not null)
            foreach (var (childId, state) in children)
                if (state.Episodes is { Count: > 1 } spans) childRules.CheckSequence(childId, spans, issues);

        foreach (var table in files.Tables) submission.Supply(table);
        if (previous is not null) submission.AttachPrevious(previous, previous.FromStore ? id => StateOf(children, id).Pseudonym : id => id);
        var yearRules = rules ?? Ssda903RuleSet.For(key.Year);
        foreach (var issue in Ssda903RuleRunner.Run(submission, yearRules))
            issues.AddOnce(issue);

        var result = new Ssda903ReadResult(headerChildren, episodes, log.Listed, log.Counts, log.Refusals > 0)
        {
            PreviousYear = PreviousYearRules.Of(previous, yearRules),
        };
        if (result.Refused) throw new SubmissionRefusedException(result);
        return result;
    }

    private ChildState StateOf(Dictionary<string, ChildState> children, string childId)
    {
        if (!children.TryGetValue(childId, out var state))
        {
            state = new ChildState { Pseudonym = pseudonymiser.Pseudonymise(key.LaCode, childId) };
            children.Add(childId, state);
        }
        return state;
    }

    private static DateOnly? Date(ReturnRow row, string field) =>
        row[field] is { } text && ReturnDates.TryParse(text, out var date) ? date : null;

    private static ChildRecord ToChild(ReturnRow row, ChildState child) => new(
        child.Pseudonym,
        ChildSex.Stored(row["SEX"]),
        child.Birth is { } dob ? Degrade.ToMonth(dob) : null,
        row["ETHNIC"],
        row.Number);

    private static EpisodeRecord ToEpisode(ReturnRow row, string pseudonym, DateOnly start, DateOnly? end) => new(
        pseudonym, start, end, row["RNE"], row["LS"], row["CIN"], row["PLACE"], row["PLACE_PROVIDER"], row["REC"],
        row["REASON_PLACE_CHANGE"], Degrade.ToPostcodeDistrict(row["HOME_POST"]), Degrade.ToPostcodeDistrict(row["PL_POST"]),
        row["URN"], row.Number);

    /// <summary>
    /// A row of another table as the region may hold it: the child ID is replaced by the pseudonym (outside these
    /// fields), dates of birth go to their month, postcodes to their district, and people's IDs are dropped.
    /// Written into <paramref name="fields"/>, which is reused from row to row.
    /// </summary>
    private void Clean(ReturnRow row, List<KeyValuePair<string, string?>> fields)
    {
        fields.Clear();
        for (var i = 0; i < row.Table.Fields.Count; i++)
        {
            var spec = row.Table.Fields[i];
            if (spec.Kind is FieldKind.ChildId or FieldKind.Upn or FieldKind.PersonId) continue;
            var value = row.Values[i];
            fields.Add(new(spec.Name, spec.Kind switch
            {
                FieldKind.BirthDate => value is not null && ReturnDates.TryParse(value, out var dob) ? _dates.Month(dob) : null,
                FieldKind.Date => value is not null && ReturnDates.TryParse(value, out var date) ? _dates.Day(date) : null,
                FieldKind.Postcode => Degrade.ToPostcodeDistrict(value),
                _ => value,
            }));
        }
    }
}
