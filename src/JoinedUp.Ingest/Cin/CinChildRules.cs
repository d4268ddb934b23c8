using JoinedUp.Domain.Codes;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Values;
using static JoinedUp.Ingest.Cin.CinCensusRules;

namespace JoinedUp.Ingest.Cin;

/// <summary>
/// Applies <see cref="CinCensusRules"/> to one child: the dates of each CIN episode in their order (referral, then
/// assessment, CIN plan, section 47, conference and CP plan, all before closure and the reference date), disabilities
/// and categories of abuse. Failures are flagged: the child is loaded and the LA told.
/// </summary>
public sealed class CinChildRules(string file, DateOnly referenceDate)
{
    public void Check(CinChild child, ICollection<ValidationIssue> issues)
    {
        var id = child.LaChildId;
        var birth = IsoDates.Parse(child.BirthDate);
        if (child.BirthDate is null && child.ExpectedBirthDate is null)
            issues.Add(Issue(NoBirthDate, child.Line, id, "PersonBirthDate", "The child has neither a date of birth nor an expected date of birth."));
        if (child.Upn is { } upn && !Upns.IsValid(upn))
            issues.Add(Issue(UpnNotValid, child.Line, id, "UPN", "UPN is not a letter, 11 digits and a check character."));
        if ((child.Disabilities.Contains("NONE") && child.Disabilities.Count > 1) || child.Disabilities.Distinct().Count() != child.Disabilities.Count)
            issues.Add(Issue(DisabilityNoneWithOthers, child.Line, id, "Disability", $"Disabilities {string.Join(", ", child.Disabilities)}: NONE cannot go with others and none may repeat."));

        var plans = new List<(DateOnly Start, DateOnly? End, int Line)>();
        foreach (var referral in child.Referrals)
        {
            var line = referral.Line;
            var referred = IsoDates.Parse(referral.ReferralDate);
            var closed = IsoDates.Parse(referral.ClosureDate);
            if (referred is null) continue;
            if (birth is { } b && referred < b)
                issues.Add(Issue(ReferralBeforeBirth, line, id, "CINreferralDate", $"The referral ({referred:yyyy-MM-dd}) is before the child's date of birth (PersonBirthDate)."));
            if (referred > referenceDate)
                issues.Add(Issue(DateAfterReferenceDate, line, id, "CINreferralDate", $"The referral ({referred:yyyy-MM-dd}) is after the census reference date ({referenceDate:yyyy-MM-dd})."));
            if (closed is { } c && c < referred)
                issues.Add(Issue(ClosureBeforeReferral, line, id, "CINclosureDate", $"The episode closed ({c:yyyy-MM-dd}) before the referral ({referred:yyyy-MM-dd})."));
            if ((closed is null) != (referral.ReasonForClosure is null))
                issues.Add(Issue(ClosureWithoutReason, line, id, "ReasonForClosure", closed is null ? "A reason for closure is given but no closure date." : "The episode has a closure date but no reason for closure."));
            if (referral.ReferralNfa is "true" or "false")
                issues.Add(Issue(YesNoAsWord, line, id, "ReferralNFA", $"ReferralNFA is '{referral.ReferralNfa}'; the DfE schema asks for 1 or 0."));
            foreach (var word in referral.Section47s.Select(s => s.IcpcNotRequired).Where(v => v is "true" or "false"))
                issues.Add(Issue(YesNoAsWord, line, id, "ICPCnotRequired", $"ICPCnotRequired is '{word}'; the DfE schema asks for 1 or 0."));
            var active = referral.Assessments.Count + referral.CinPlans.Count + referral.Section47s.Count + referral.ProtectionPlans.Count;
            if (referral.ReferralNfa is "true" or "1" && active > 0)
                issues.Add(Issue(ReferralNfaWithActivity, line, id, "ReferralNFA", $"The referral needed no further action but has {active} assessment(s), plan(s) or enquiries."));

            foreach (var a in referral.Assessments)
            {
                var start = IsoDates.Parse(a.Start);
                var authorised = IsoDates.Parse(a.Authorised);
                Before(issues, AssessmentBeforeReferral, line, id, "AssessmentActualStartDate", referred.Value, start, "the assessment started");
                if (start is { } s && authorised is { } au && au < s)
                    issues.Add(Issue(AuthorisedBeforeStart, line, id, "AssessmentAuthorisationDate", $"The assessment was authorised ({au:yyyy-MM-dd}) before it started ({s:yyyy-MM-dd})."));
                After(issues, line, id, "AssessmentAuthorisationDate", closed, authorised ?? start, "the assessment");
            }
            foreach (var p in referral.CinPlans)
            {
                var start = IsoDates.Parse(p.Start);
                var end = IsoDates.Parse(p.End);
                Before(issues, CinPlanBeforeReferral, line, id, "CINPlanStartDate", referred.Value, start, "the CIN plan started");
                if (start is { } s && end is { } e && e < s)
                    issues.Add(Issue(CinPlanEndsBeforeStart, line, id, "CINPlanEndDate", $"The CIN plan ended ({e:yyyy-MM-dd}) before it started ({s:yyyy-MM-dd})."));
                After(issues, line, id, "CINPlanEndDate", closed, end ?? start, "the CIN plan");
            }
            foreach (var s47 in referral.Section47s)
            {
                var start = IsoDates.Parse(s47.Start);
                var conference = IsoDates.Parse(s47.DateOfInitialCpc);
                Before(issues, Section47BeforeReferral, line, id, "S47ActualStartDate", referred.Value, start, "the section 47 enquiry started");
                if (start is { } s && conference is { } icpc && icpc < s)
                    issues.Add(Issue(ConferenceBeforeSection47, line, id, "DateOfInitialCPC", $"The initial conference ({icpc:yyyy-MM-dd}) is before the section 47 enquiry started ({s:yyyy-MM-dd})."));
                After(issues, line, id, "S47ActualStartDate", closed, conference ?? start, "the section 47 enquiry");
            }
            foreach (var cpp in referral.ProtectionPlans)
            {
                var start = IsoDates.Parse(cpp.Start);
                var end = IsoDates.Parse(cpp.End);
                Before(issues, CpPlanBeforeReferral, line, id, "CPPstartDate", referred.Value, start, "the child protection plan started");
                if (start is { } s && end is { } e && e < s)
                    issues.Add(Issue(CpPlanEndsBeforeStart, line, id, "CPPendDate", $"The child protection plan ended ({e:yyyy-MM-dd}) before it started ({s:yyyy-MM-dd})."));
                After(issues, line, id, "CPPendDate", closed, end ?? start, "the child protection plan");
                if (cpp.InitialCategoryOfAbuse is null || cpp.LatestCategoryOfAbuse is null)
                    issues.Add(Issue(CategoryOfAbuseMissing, line, id, cpp.InitialCategoryOfAbuse is null ? "InitialCategoryOfAbuse" : "LatestCategoryOfAbuse", "The child protection plan has no category of abuse."));
                if (referral.DateOfInitialCpc is null && referral.Section47s.All(x => x.DateOfInitialCpc is null))
                    issues.Add(Issue(CpPlanWithoutConference, line, id, "DateOfInitialCPC", "The child protection plan has no initial child protection conference in its CIN episode."));
                if (start is { } planStart) plans.Add((planStart, end, line));
            }
        }
        if (plans.Count > 1)
        {
            plans.Sort((x, y) => x.Start.CompareTo(y.Start));
            for (var i = 1; i < plans.Count; i++)
                if (plans[i - 1].End is not { } previousEnd || plans[i].Start < previousEnd)
                    issues.Add(Issue(OverlappingCpPlans, plans[i].Line, id, "CPPstartDate", $"A child protection plan starts ({plans[i].Start:yyyy-MM-dd}) while an earlier one (from {plans[i - 1].Start:yyyy-MM-dd}) is still open."));
        }
    }

    private void Before(ICollection<ValidationIssue> issues, RuleDefinition rule, int line, string? id, string field, DateOnly referred, DateOnly? date, string what)
    {
        if (date is { } d && d < referred)
            issues.Add(Issue(rule, line, id, field, $"{char.ToUpperInvariant(what[0])}{what[1..]} ({d:yyyy-MM-dd}) before the referral ({referred:yyyy-MM-dd})."));
        if (date is { } late && late > referenceDate)
            issues.Add(Issue(DateAfterReferenceDate, line, id, field, $"{char.ToUpperInvariant(what[0])}{what[1..]} ({late:yyyy-MM-dd}) after the census reference date ({referenceDate:yyyy-MM-dd})."));
    }

    private void After(ICollection<ValidationIssue> issues, int line, string? id, string field, DateOnly? closed, DateOnly? date, string what)
    {
        if (closed is { } c && date is { } d && d > c)
            issues.Add(Issue(ActivityAfterClosure, line, id, field, $"A date of {what} ({d:yyyy-MM-dd}) is after the CIN episode closed ({c:yyyy-MM-dd})."));
    }

    private ValidationIssue Issue(RuleDefinition rule, int line, string? child, string field, string message) =>
        new(rule.Code, message, file, CinCensusXmlReader.Table, line, child, field, IssueSeverity.Flagged);
}
