using System.Globalization;
using JoinedUp.Domain.Children;
using JoinedUp.Domain.Pseudonymisation;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Files;
using JoinedUp.Ingest.Importing;
using JoinedUp.Ingest.Linking;
using JoinedUp.Ingest.Validation;
using JoinedUp.Ingest.Values;
using JoinedUp.Store.Returns;

namespace JoinedUp.Ingest.Sen2;

/// <summary>
/// Reads one LA's SEN2 XML: each person becomes a child (pseudonym, sex, birth month, ethnicity), a UPN pseudonym, one
/// row per request (with the assessment, the plan, its placement or establishment type, and whether the plan came
/// within 20 weeks), and one row per ranked SEN type. SEN2 carries no LA child ID: the person's pseudonym is the HMAC of
/// the UPN, else of the unique learner number, else of name and date of birth (none of which is stored).
/// </summary>
public sealed class Sen2SubmissionReader(SubmissionKey key, ChildPseudonymiser pseudonymiser)
{
    public const string Collection = "SEN2";
    private const string PersonLabel = "person ";

    public ReturnReadResult Read(string path, ISubmissionWriter writer)
    {
        var header = XmlReturnHeader.Read(path);
        if (header.Root != "Message")
            throw FileRules.Refuse(FileRules.XmlSchema, $"The root element is <{header.Root}>, not <Message>: this is not a SEN2 return.", path);
        var file = Path.GetFileName(path);
        var rules = new Sen2PersonRules(file);
        var issues = new List<ValidationIssue>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int children = 0, records = 0;
        foreach (var person in Sen2XmlReader.Persons(path))
        {
            children++;
            var label = person.Upn ?? person.UniqueLearnerNumber ?? PersonLabel + person.Number.ToString(CultureInfo.InvariantCulture);
            rules.Check(person, label, issues);
            var identity = Identity(person);
            if (identity is null)
            {
                issues.Add(new(Sen2Rules.NoIdentifier.Code, "The person has no valid UPN, unique learner number, or name and date of birth: they cannot be linked and are not loaded.",
                    file, "Person", person.Line, label, "UPN", IssueSeverity.Flagged));
                continue;
            }
            var pseudonym = pseudonymiser.Pseudonymise(key.LaCode, identity);
            if (!seen.TryAdd(pseudonym, person.Number))
            {
                issues.Add(new(Sen2Rules.DuplicatePerson.Code, $"Person {person.Number} is the same person (UPN, unique learner number, or name and date of birth) as person {seen[pseudonym]}; only the first is loaded.", file, "Person", person.Line, label, "UPN", IssueSeverity.Flagged));
                continue;
            }
            var birth = IsoDates.Parse(person.BirthDate);
            writer.AddChild(new ChildRecord(pseudonym, SexCodes.Parse(person.Sex), birth is { } b ? Degrade.ToMonth(b) : null, person.Ethnicity, person.Number));
            if (UpnPseudonym.Of(pseudonymiser, key.LaCode, person.Upn) is { } upn)
            {
                writer.AddRow(ReturnTables.ChildUpn, [pseudonym, upn]);
                records++;
            }
            foreach (var request in person.Requests)
            {
                if (IsoDates.Parse(request.ReceivedDate) is not { } received) continue;
                writer.AddRow(ReturnTables.Sen2Request, Row(pseudonym, request, received, person.Number));
                records++;
                foreach (var (type, rank) in request.Needs)
                {
                    if (type is null || !int.TryParse(rank, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) continue;
                    writer.AddRow(ReturnTables.Sen2Need, [pseudonym, type.ToUpperInvariant(), n, person.Number]);
                    records++;
                }
            }
        }
        // A person with neither UPN nor ULN is labelled by their place in the file ("person 3"): that is no identifier.
        var stored = issues.Select(issue => StoredIssue.Of(issue, label => pseudonymiser.Pseudonymise(key.LaCode, "SEN2:" + label),
            issue.Child is { } label && label.StartsWith(PersonLabel, StringComparison.Ordinal) ? null : issue.Child)).ToList();
        var result = new ReturnReadResult(children, records, issues);
        if (stored.Any(i => i.Severity == IssueSeverity.Refused)) throw new ReturnRefusedException(result);
        foreach (var issue in stored) writer.AddIssue(issue);
        return result;
    }

    /// <summary>What the person's pseudonym is made from: UPN, else ULN, else name and date of birth.</summary>
    private static string? Identity(Sen2Person p)
    {
        if (p.Upn is { } upn && Upns.IsValid(upn.Trim().ToUpperInvariant()) && !upn.StartsWith("UN", StringComparison.OrdinalIgnoreCase))
            return "UPN:" + upn.Trim().ToUpperInvariant();
        if (p.UniqueLearnerNumber is { Length: 10 } uln && uln.All(char.IsAsciiDigit)) return "ULN:" + uln;
        if (p.Surname is { } surname && p.Forename is { } forename && IsoDates.Parse(p.BirthDate) is { } dob)
            return $"NAME:{surname.Trim().ToUpperInvariant()}|{forename.Trim().ToUpperInvariant()}|{dob:yyyy-MM-dd}";
        return null;
    }

    private static object?[] Row(string pseudonym, Sen2Request r, DateOnly received, int number)
    {
        var start = IsoDates.Parse(r.PlanStart);
        double? weeks = start is { } s ? Math.Round((s.DayNumber - received.DayNumber) / 7.0, 1) : null;
        var first = r.Placements.OrderBy(p => p.Rank).FirstOrDefault();
        return
        [
            pseudonym, IsoDates.Iso(received), r.RequestOutcome, IsoDates.Iso(IsoDates.Parse(r.RequestOutcomeDate)), r.AssessmentOutcome,
            IsoDates.Iso(IsoDates.Parse(r.AssessmentOutcomeDate)), IsoDates.Iso(start), weeks,
            weeks is { } w ? (w <= Sen2PersonRules.TimeLimitWeeks ? 1 : 0) : null, r.Week20Exception,
            IsoDates.Iso(IsoDates.Parse(r.PlanCeaseDate)), r.PlanCeaseReason, first.Setting, first.Urn, number,
        ];
    }
}
