using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903;

/// <summary>
/// One rule of the DfE's SSDA903 validation, under the DfE's code and with the DfE's meaning (in JoinedUp's words), or a
/// JoinedUp check with a "JU" code where the DfE has none. A rule looks at one child's rows across the tables
/// (<see cref="Check(ChildReturn, RuleFindings)"/>), or at the whole return (<see cref="CheckReturn"/>) when it compares
/// children with each other. Rules are found by reflection (<see cref="Ssda903RuleSet"/>): one class per rule, one file
/// per class, beside its test. A rule is called for every child of every return, so it must not allocate per call.
/// </summary>
/// <param name="code">The DfE's code (e.g. "101", "503A", "SW06STG2") or "JUnn".</param>
/// <param name="message">What a failure means, in JoinedUp's words; never quotes the child's ID, UPN or date of birth.</param>
/// <param name="table">The table the failure is reported against (Header, Episodes, Reviews, UASC, OC2, OC3, AD1, PlacedAdoption, PrevPerm, Missing, SWEpisodes).</param>
/// <param name="fields">The fields the rule looks at.</param>
public abstract class Ssda903Rule(string code, string message, string table, params string[] fields)
{
    public string Code { get; } = code;

    public string Message { get; } = message;

    public string Table { get; } = table;

    public IReadOnlyList<string> Fields { get; } = fields;

    /// <summary>The collection years the rule applies to (<see cref="CollectionYears.All"/> unless the rule says otherwise).</summary>
    public virtual CollectionYears Years => CollectionYears.All;

    /// <summary>
    /// Why the rule cannot run, when it needs reference data JoinedUp does not hold (e.g. "needs Ofsted's list of URNs"), or
    /// null when it runs. A rule that needs data is listed by <c>validate --rules</c> with this reason, never silently skipped.
    /// </summary>
    public virtual string? NeedsData => null;

    /// <summary>True when the rule compares with the previous year's return (it runs only when that return is held).</summary>
    public virtual bool NeedsPreviousReturn => false;

    /// <summary>The DfE's "query" (a warning to confirm, not an error to fix).</summary>
    public virtual bool IsQuery => false;

    /// <summary>The rule as the Domain describes rules (for the web's rule summary and the LA's report).</summary>
    public RuleDefinition Definition => _definition ??= new RuleDefinition(Code, Message, Table, [.. Fields]);

    private RuleDefinition? _definition;

    /// <summary>Checks one child's rows; reports each failure on the row and field it concerns.</summary>
    public virtual void Check(ChildReturn child, RuleFindings findings)
    {
    }

    /// <summary>Checks the return as a whole (rules that compare children with each other); called once per return.</summary>
    public virtual void CheckReturn(Ssda903Return submission, RuleFindings findings)
    {
    }
}
