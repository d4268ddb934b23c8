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

namespace JoinedUp.Ingest.Cin;

/// <summary>
/// Reads one LA's CIN census XML: checks the header (a CIN collection, a year the DfE published a schema for),
/// validates every element against that year's schema while streaming, applies <see cref="CinChildRules"/>, and writes
/// each child (pseudonym, sex, birth month, ethnicity), a UPN pseudonym where there is a UPN, and one row per CIN
/// episode with its assessment, plan, enquiry and protection dates. A schema failure refuses the whole file: every one
/// is reported and nothing is kept.
/// </summary>
public sealed class CinSubmissionReader(SubmissionKey key, ChildPseudonymiser pseudonymiser)
{
    public const string RootElement = "Message";
    public const string Collection = "CIN";

    public ReturnReadResult Read(string path, ISubmissionWriter writer)
    {
        var header = XmlReturnHeader.Read(path);
        var year = header.Year ?? key.Year;
        var schema = CinSchemas.For(year) ?? throw FileRules.Refuse(FileRules.XmlSchema,
            $"The file is a CIN census for {year}, but JoinedUp holds DfE CIN census schemas only for {string.Join(", ", CinSchemas.Years)}.", path);
        var referenceDate = header.ReferenceDate ?? key.PeriodEnd;
        var file = Path.GetFileName(path);
        var reader = new CinCensusXmlReader(path, schema, year);
        var rules = new CinChildRules(file, referenceDate);
        var issues = new List<ValidationIssue>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int children = 0, records = 0;

        foreach (var child in reader.Children())
        {
            children++;
            rules.Check(child, issues);
            if (child.LaChildId is not { } id) continue;
            if (!seen.TryAdd(id, child.Line))
            {
                issues.Add(new(CinCensusRules.DuplicateChild.Code, $"The same child (LAchildID) is already on the Child at line {seen[id]}; only that one is loaded.", file, CinCensusXmlReader.Table, child.Line, id, "LAchildID", IssueSeverity.Flagged));
                continue;
            }
            if (reader.SchemaFailures > 0) continue;
            var pseudonym = pseudonymiser.Pseudonymise(key.LaCode, id);
            var birth = IsoDates.Parse(child.BirthDate);
            writer.AddChild(new ChildRecord(pseudonym, SexCodes.Parse(child.Sex), birth is { } b ? Degrade.ToMonth(b) : null, child.Ethnicity, child.Number));
            if (UpnPseudonym.Of(pseudonymiser, key.LaCode, child.Upn) is { } upn)
            {
                writer.AddRow(ReturnTables.ChildUpn, [pseudonym, upn]);
                records++;
            }
            var disabilities = child.Disabilities.Count == 0 ? null : string.Join(';', child.Disabilities);
            foreach (var referral in child.Referrals)
            {
                writer.AddRow(ReturnTables.CinReferral, Row(pseudonym, referral, disabilities, child.Number));
                records++;
            }
        }

        issues.InsertRange(0, reader.SchemaIssues);
        if (reader.SchemaFailures > reader.SchemaIssues.Count)
            issues.Insert(0, new ValidationIssue(FileRules.XmlSchema, $"{reader.SchemaFailures} schema failures in all; the first {reader.SchemaIssues.Count} are listed.", file, CinCensusXmlReader.Table, null, null, null, IssueSeverity.Refused));
        var result = new ReturnReadResult(children, records, issues);
        if (reader.SchemaFailures > 0) throw new ReturnRefusedException(result);
        foreach (var issue in issues)
            writer.AddIssue(StoredIssue.Of(issue, id => pseudonymiser.Pseudonymise(key.LaCode, id)));
        return result;
    }

    private static object?[] Row(string pseudonym, CinReferral r, string? disabilities, int number)
    {
        var firstAssessment = r.Assessments.MinBy(a => a.Start, StringComparer.Ordinal);
        var lastPlan = r.CinPlans.MaxBy(p => p.Start, StringComparer.Ordinal);
        var firstS47 = r.Section47s.MinBy(s => s.Start, StringComparer.Ordinal);
        var lastCpp = r.ProtectionPlans.MaxBy(p => p.Start, StringComparer.Ordinal);
        var conference = r.DateOfInitialCpc ?? r.Section47s.Select(s => s.DateOfInitialCpc).Where(d => d is not null).Min(StringComparer.Ordinal);
        return
        [
            pseudonym, Iso(r.ReferralDate), r.ReferralSource, r.PrimaryNeed, Iso(r.ClosureDate), r.ReasonForClosure,
            r.ReferralNfa is null ? null : r.ReferralNfa is "true" or "1" ? 1 : 0,
            disabilities, r.Assessments.Count, Iso(firstAssessment?.Start), Iso(firstAssessment?.Authorised),
            firstAssessment is { Factors.Count: > 0 } ? string.Join(';', firstAssessment.Factors) : null,
            Iso(lastPlan?.Start), Iso(lastPlan?.End), r.Section47s.Count, Iso(firstS47?.Start), Iso(conference),
            Iso(lastCpp?.Start), Iso(lastCpp?.End), lastCpp?.InitialCategoryOfAbuse, lastCpp?.LatestCategoryOfAbuse,
            int.TryParse(lastCpp?.NumberOfPreviousPlans, out var previous) ? previous : null, number,
        ];
    }

    private static string? Iso(string? date) => IsoDates.Iso(IsoDates.Parse(date));
}
