using JoinedUp.Domain.Codes;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Values;
using static JoinedUp.Ingest.Sen2.Sen2Rules;

namespace JoinedUp.Ingest.Sen2;

/// <summary>
/// Applies <see cref="Sen2Rules"/> to one person; failures are flagged and the person loaded, except a date that is not a
/// date, which is refused (the submission is not stored): a plan start or request date read as missing would silently
/// drop the request or misstate whether the plan came within 20 weeks.
/// </summary>
public sealed class Sen2PersonRules(string file)
{
    /// <summary>Weeks within which a new EHC plan should be issued after the request (the statutory 20-week limit).</summary>
    public const int TimeLimitWeeks = 20;

    public void Check(Sen2Person p, string? child, ICollection<ValidationIssue> issues)
    {
        foreach (var name in p.UnknownElements)
            issues.Add(Issue(UnknownElement, p.Line, child, name, $"<{name}> is not an element of the SEN2 return; it was ignored."));
        NotADate(p.Line, child, "PersonBirthDate", p.BirthDate, issues);
        foreach (var r in p.Requests)
            foreach (var (field, text) in new[]
                     {
                         ("ReceivedDate", r.ReceivedDate), ("RequestOutcomeDate", r.RequestOutcomeDate), ("AssessmentOutcomeDate", r.AssessmentOutcomeDate),
                         ("StartDate", r.PlanStart), ("CeaseDate", r.PlanCeaseDate),
                     })
                NotADate(r.Line, child, field, text, issues);
        if (p.BirthDate is null)
            issues.Add(Issue(NoBirthDate, p.Line, child, "PersonBirthDate", "The person has no date of birth."));
        if (p.Sex is not null && p.Sex.ToUpperInvariant() is not ("M" or "F" or "U" or "1" or "2" or "0" or "9"))
            issues.Add(Issue(SexNotValid, p.Line, child, "Sex", "Sex is not M, F or U."));
        if (p.Upn is { } upn && !Upns.IsValid(upn.Trim().ToUpperInvariant()))
            issues.Add(Issue(NoIdentifier, p.Line, child, "UPN", "UPN is not a letter, 11 digits and a check character."));
        foreach (var r in p.Requests)
        {
            var received = IsoDates.Parse(r.ReceivedDate);
            if (received is null)
            {
                if (r.ReceivedDate is null)
                    issues.Add(Issue(RequestWithoutDate, r.Line, child, "ReceivedDate", "The request has no date it was received (yyyy-mm-dd)."));
                continue;
            }
            foreach (var (field, text) in new[] { ("RequestOutcomeDate", r.RequestOutcomeDate), ("AssessmentOutcomeDate", r.AssessmentOutcomeDate) })
                if (IsoDates.Parse(text) is { } d && d < received)
                    issues.Add(Issue(OutcomeBeforeRequest, r.Line, child, field, $"{field} ({d:yyyy-MM-dd}) is before the request was received ({received:yyyy-MM-dd})."));
            var start = IsoDates.Parse(r.PlanStart);
            if (start is { } s)
            {
                if (s < received)
                    issues.Add(Issue(PlanBeforeRequest, r.Line, child, "StartDate", $"The plan starts ({s:yyyy-MM-dd}) before the request was received ({received:yyyy-MM-dd})."));
                else if (s.DayNumber - received.Value.DayNumber > TimeLimitWeeks * 7 && r.Week20Exception is null)
                    issues.Add(Issue(Late20Weeks, r.Line, child, "StartDate", $"The plan was issued {(s.DayNumber - received.Value.DayNumber) / 7.0:0.#} weeks after the request, with no exception recorded."));
                if (r.Placements.Count == 0)
                    issues.Add(Issue(PlanWithoutPlacement, r.Line, child, "SENSetting", "The EHC plan names no setting or establishment."));
            }
            var ceased = IsoDates.Parse(r.PlanCeaseDate);
            if ((ceased is { } c && start is { } st && c < st) || (ceased is not null && r.PlanCeaseReason is null))
                issues.Add(Issue(PlanCeasedBeforeStart, r.Line, child, "CeaseDate", "The plan's cease date is before its start, or has no cease reason."));
            var ranks = new List<int>();
            foreach (var (type, rank) in r.Needs)
            {
                if (type is null || !SenTypes.Contains(type.ToUpperInvariant()))
                    issues.Add(Issue(SenTypeNotValid, r.Line, child, "SENtype", $"SENtype '{type}' is not one of {string.Join(", ", SenTypes)}."));
                ranks.Add(int.TryParse(rank, out var n) ? n : -1);
            }
            ranks.Sort();
            var types = r.Needs.Select(n => n.Type).ToList();
            if (ranks.Where((n, i) => n != i + 1).Any() || types.Distinct().Count() != types.Count)
                issues.Add(Issue(SenRanksNotValid, r.Line, child, "SENtypeRank", $"The SEN types are ranked {string.Join(", ", ranks)}: they must run 1, 2, 3... and name each need once."));
        }
    }

    private void NotADate(int line, string? child, string field, string? text, ICollection<ValidationIssue> issues)
    {
        if (text is not null && IsoDates.Parse(text) is null)
            issues.Add(Issue(DateNotValid, line, child, field,
                // A date of birth is the child's: the message names the field, never the value.
                IdentifyingText.BirthDateFields.Contains(field) ? $"{field} is not a date (yyyy-mm-dd)." : $"{field} '{Shown(text)}' is not a date (yyyy-mm-dd).",
                IssueSeverity.Refused));
    }

    private static string Shown(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private ValidationIssue Issue(RuleDefinition rule, int line, string? child, string field, string message, IssueSeverity severity = IssueSeverity.Flagged) =>
        new(rule.Code, message, file, "Person", line, child, field, severity);
}
