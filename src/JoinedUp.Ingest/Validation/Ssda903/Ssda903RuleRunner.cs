using JoinedUp.Domain.Validation;

namespace JoinedUp.Ingest.Validation.Ssda903;

/// <summary>
/// Runs a collection year's rules over a whole return: the child rules over every child (children split across the
/// machine's cores), then the return rules once. Rules that need data JoinedUp lacks do not run; previous-year rules run
/// only when the previous return is held. A rule that fails on a child's data is reported as such (JU99), never lost.
/// </summary>
public static class Ssda903RuleRunner
{
    public const string RuleFailed = "JU99";

    /// <summary>The failures of <paramref name="rules"/> on <paramref name="submission"/>, child by child in the order children were first seen.</summary>
    public static IReadOnlyList<ValidationIssue> Run(Ssda903Return submission, IReadOnlyList<Ssda903Rule> rules)
    {
        var runnable = rules.Where(r => r.NeedsData is null && (!r.NeedsPreviousReturn || submission.Previous is not null)).ToList();
        var childRules = runnable.Where(r => Overrides(r, nameof(Ssda903Rule.Check))).ToArray();
        var returnRules = runnable.Where(r => Overrides(r, nameof(Ssda903Rule.CheckReturn))).ToArray();
        var children = submission.Children.ToArray();

        var parts = Math.Clamp(Environment.ProcessorCount, 1, 8);
        var chunk = Math.Max(256, (children.Length + parts - 1) / Math.Max(1, parts));
        var chunks = (children.Length + chunk - 1) / chunk;
        var found = new List<ValidationIssue>[chunks];
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = parts }, c =>
        {
            var findings = new RuleFindings();
            var end = Math.Min(children.Length, (c + 1) * chunk);
            for (var i = c * chunk; i < end; i++)
                foreach (var rule in childRules)
                {
                    findings.Rule = rule;
                    try
                    {
                        rule.Check(children[i], findings);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        findings.Rule = null;
                        findings.AddFailure(rule, children[i]);
                    }
                }
            found[c] = [.. findings.Issues];
        });

        var issues = new List<ValidationIssue>(found.Sum(f => f.Count));
        foreach (var part in found) issues.AddRange(part);
        var whole = new RuleFindings();
        foreach (var rule in returnRules)
        {
            whole.Rule = rule;
            rule.CheckReturn(submission, whole);
        }
        issues.AddRange(whole.Issues);
        return issues;
    }

    private static bool Overrides(Ssda903Rule rule, string method) =>
        rule.GetType().GetMethod(method)!.DeclaringType != typeof(Ssda903Rule);
}
