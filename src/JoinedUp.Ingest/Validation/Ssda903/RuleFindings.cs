using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903;

/// <summary>Where rules put their failures: each becomes a <see cref="ValidationIssue"/> under the rule's code, on the row and field it names.</summary>
public sealed class RuleFindings
{
    private readonly List<ValidationIssue> _issues = [];

    /// <summary>The rule now running (set by the engine; a finding is reported under its code).</summary>
    public Ssda903Rule? Rule { get; set; }

    public IReadOnlyList<ValidationIssue> Issues => _issues;

    /// <summary>Reports the running rule's failure on <paramref name="row"/>'s <paramref name="field"/>, with the rule's own message.</summary>
    public void Add(Ssda903Row row, string field) => Add(row, field, Rule!.Message);

    /// <summary>Reports the running rule's failure with a message that says more (which dates, which other row); never the child's ID, UPN or date of birth.</summary>
    public void Add(Ssda903Row row, string field, string message) =>
        _issues.Add(new ValidationIssue(Rule!.Code, message, row.File, row.Table.Name, row.Number, row.Child, field, IssueSeverity.Flagged));

    /// <summary>Forgets what was found (to reuse the object).</summary>
    public void Clear() => _issues.Clear();

    /// <summary>Reports that <paramref name="rule"/> could not be run on the child's rows (a fault in JoinedUp, not the LA's data).</summary>
    internal void AddFailure(Ssda903Rule rule, ChildReturn child)
    {
        var row = (Rows.Ssda903Row?)child.Header ?? (child.Episodes.Count > 0 ? child.Episodes[0] : null);
        _issues.Add(new ValidationIssue(Ssda903RuleRunner.RuleFailed, $"JoinedUp could not run rule {rule.Code} on this child's rows; the rule's result is unknown. Please tell the JoinedUp team.",
            row?.File ?? "", row?.Table.Name ?? rule.Table, row?.Number, child.Id, null, IssueSeverity.Flagged));
    }
}
