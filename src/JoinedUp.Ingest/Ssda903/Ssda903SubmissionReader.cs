using JoinedUp.Domain.Children;
using JoinedUp.Domain.Pseudonymisation;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Tables;
using JoinedUp.Ingest.Validation;
using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rows;
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
        public ChildReturn? Rows;
    }

    public Ssda903ReadResult Read(Ssda903Files files, ISubmissionWriter writer)
    {
        var log = new IssueLog();
        var children = new Dictionary<string, ChildState>(StringComparer.Ordinal);
        // Flagged failures go to the store as they are found (with the pseudonym); a refusal discards the whole load anyway.
        var issues = new IssueSink(log, writer, id => StateOf(children, id).Pseudonym);
        var headerChildren = 0;
        var episodes = 0;
        var rowIssues = new List<ValidationIssue>();
        var cleaned = new List<KeyValuePair<string, string?>>();
        var submission = new Ssda903Return(key);

        foreach (var row in files.Rows())
        {
            rowIssues.Clear();
            var childId = row.Values[0];
            FieldCheck.Check(row, childId, rowIssues);
            var refusedRow = false;
            foreach (var issue in rowIssues)
            {
                refusedRow |= issue.Severity == IssueSeverity.Refused;
                issues.Add(issue);
            }
            if (childId is null)
            {
                submission.Supply(row.Table);
                continue;
            }
            var child = StateOf(children, childId);
            var typed = submission.Add(row, child.Rows ??= submission.ChildOf(childId));

            if (typed is HeaderRow header)
            {
                if (child.InHeader)
                {
                    // Reported by rule INT32; the store keeps the child's first row only.
                    issues.Add(new("INT32", $"The same child (CHILD) is already on row {child.HeaderRow} of the header table; this row is not loaded.", header.File, row.Table.Name, row.Number, childId, "CHILD", IssueSeverity.Flagged));
                    continue;
                }
                child.InHeader = true;
                child.HeaderRow = row.Number;
                headerChildren++;
                if (log.Refusals == 0 && !refusedRow) writer.AddChild(ToChild(header, child.Pseudonym));
            }
            else if (typed is EpisodeRow episode)
            {
                episodes++;
                if (log.Refusals == 0 && !refusedRow) writer.AddEpisode(ToEpisode(episode, child.Pseudonym));
            }
            else if (log.Refusals == 0 && !refusedRow)
            {
                Clean(row, cleaned);
                writer.AddRecord(row.Table.Name, child.Pseudonym, row.Number, cleaned);
            }
        }

        foreach (var table in files.Tables) submission.Supply(table);
        if (previous is not null) submission.AttachPrevious(previous, previous.FromStore ? id => StateOf(children, id).Pseudonym : id => id);
        var yearRules = rules ?? Ssda903RuleSet.For(key.Year);
        foreach (var issue in Ssda903RuleRunner.Run(submission, yearRules))
            issues.AddOnce(issue);
        Return = submission;

        var result = new Ssda903ReadResult(headerChildren, episodes, log.Listed, log.Counts, log.Refusals > 0)
        {
            PreviousYear = PreviousYearRules.Of(previous, yearRules),
        };
        if (result.Refused) throw new SubmissionRefusedException(result);
        return result;
    }

    /// <summary>The return as the rules read it, once <see cref="Read(Ssda903Files, ISubmissionWriter)"/> has run (the next year's previous return when the same import holds both).</summary>
    public Ssda903Return? Return { get; private set; }

    private ChildState StateOf(Dictionary<string, ChildState> children, string childId)
    {
        if (!children.TryGetValue(childId, out var state))
        {
            state = new ChildState { Pseudonym = pseudonymiser.Pseudonymise(key.LaCode, childId) };
            children.Add(childId, state);
        }
        return state;
    }

    private static ChildRecord ToChild(HeaderRow header, string pseudonym) => new(
        pseudonym, ChildSex.Stored(header.Sex), header.Dob is { } dob ? Degrade.ToMonth(dob) : null, header.Ethnic, header.Number);

    private static EpisodeRecord ToEpisode(EpisodeRow e, string pseudonym) => new(
        pseudonym, e.Decom!.Value, e.Dec, e.Rne, e.Ls, e.Cin, e.Place, e.PlaceProvider, e.Rec, e.ReasonPlaceChange,
        Degrade.ToPostcodeDistrict(e.HomePost), Degrade.ToPostcodeDistrict(e.PlPost), e.Urn, e.Number);

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
