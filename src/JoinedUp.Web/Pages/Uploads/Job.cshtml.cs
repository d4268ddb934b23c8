using JoinedUp.Domain.Validation;
using JoinedUp.Web.Auditing;
using JoinedUp.Web.Uploads;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Uploads;

/// <summary>
/// An upload's progress and, when it has ended, its validation issues: first a summary per rule (code, what it checks,
/// count, fields), then the rows of the rule chosen, filterable and paged (<see cref="PageSize"/> a page), and the
/// error report. The issues name children as the LA knows them, so every view (and every refusal) is audited like
/// other child-level views.
/// </summary>
public sealed class UploadJobModel(UploadJobs jobs, AuditLog audit) : ScopedPage
{
    public const int PageSize = 50;

    public UploadJob? Job { get; private set; }

    /// <summary>The job's outcome read once, so the page shows one consistent moment of a job that may be ending.</summary>
    public UploadOutcome Outcome { get; private set; } = UploadOutcome.Running;
    public IReadOnlyList<ValidationIssue> AllIssues { get; private set; } = [];
    public IReadOnlyList<RuleSummary> Summary { get; private set; } = [];

    /// <summary>The issues that match the filters (all pages).</summary>
    public int Matching { get; private set; }

    /// <summary>The issues of the page shown.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; private set; } = [];
    public IReadOnlyList<string> Rules { get; private set; } = [];
    public IReadOnlyList<string> Files { get; private set; } = [];
    public IReadOnlyList<string> Severities { get; private set; } = [];
    public string? Rule { get; private set; }
    public string? FileName { get; private set; }
    public string? Severity { get; private set; }
    public string? Child { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int Pages => Math.Max(1, (Matching + PageSize - 1) / PageSize);

    /// <summary>True when rows are listed: a rule (or another filter) is chosen, or all issues are of one rule.</summary>
    public bool ShowsRows => Rule is not null || FileName is not null || Severity is not null || Child is not null || Summary.Count == 1;

    /// <summary>The address of page <paramref name="page"/> with the same filters.</summary>
    public string PageLink(int page)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (value is not null) query.Add(name + "=" + Uri.EscapeDataString(value));
        }
        Add("rule", Rule);
        Add("file", FileName);
        Add("severity", Severity);
        Add("child", Child);
        if (page > 1) query.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return $"/uploads/{Job!.Id}{(query.Count == 0 ? "" : "?" + string.Join("&", query))}#rows";
    }

    public IActionResult OnGet(string id, string? rule, string? file, string? severity, string? child, [FromQuery(Name = "page")] int? pageNumber)
    {
        Job = jobs.Find(id);
        if (Job is null) return NotFound();
        if (Job.UserName != User.Identity?.Name || Job.LaCode != Scope.OwnLa)
        {
            audit.Record(User, UploadAudit.View, UploadAudit.Target(id), AuditLog.Denied, "upload of another user or LA");
            HttpContext.Items[AuditLog.Denied] = true;
            return StatusCode(403);
        }
        Outcome = Job.Outcome;
        AllIssues = Outcome.Submissions.SelectMany(s => s.Issues).ToList();
        Summary = RuleSummary.Of(Outcome.Submissions);
        Rules = AllIssues.Select(i => i.RuleCode).Distinct().Order(StringComparer.Ordinal).ToList();
        Files = AllIssues.Select(i => i.File).Distinct().Order(StringComparer.Ordinal).ToList();
        Severities = AllIssues.Select(i => i.Severity.ToString()).Distinct().Order(StringComparer.Ordinal).ToList();
        (Rule, FileName, Severity, Child) = (Blank(rule), Blank(file), Blank(severity), Blank(child));
        var matching = AllIssues
            .Where(i => Rule is null || i.RuleCode == Rule)
            .Where(i => FileName is null || i.File == FileName)
            .Where(i => Severity is null || i.Severity.ToString() == Severity)
            .Where(i => Child is null || i.Child == Child)
            .ToList();
        Matching = matching.Count;
        PageNumber = Math.Clamp(pageNumber ?? 1, 1, Pages);
        Issues = ShowsRows ? matching.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList() : [];
        // The child filter is the LA's own child ID: it is never written to the audit log (nor free text typed as a rule).
        audit.Record(User, UploadAudit.View, UploadAudit.Target(id), AuditLog.Allowed,
            $"{Outcome.State.ToString().ToLowerInvariant()}; {Issues.Count} of {AllIssues.Count} issues shown{(Rule is not null && Rules.Contains(Rule) ? "; rule " + Rule : "")}{(Child is null ? "" : "; filtered by child")}");
        return Page();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
