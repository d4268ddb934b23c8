using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903;

/// <summary>
/// One line of the list of SSDA903 rules (<c>joinedup validate --rules</c>): a DfE rule class or a JoinedUp field check,
/// with its years, table, fields, message, and whether it runs.
/// </summary>
/// <param name="Years">"2023/24 to 2025/26" (<see cref="CollectionYears.ToString"/>); field checks run every year.</param>
/// <param name="Kind">"DfE rule" (a rule class under the DfE's code), "JoinedUp rule" (a rule class under a JU code) or "JoinedUp check" (a field check of <see cref="Ssda903Rules"/>).</param>
/// <param name="Status">"runs", "needs data: reason" or "needs last year's return".</param>
public sealed record Ssda903RuleListing(string Code, string Years, string Table, IReadOnlyList<string> Fields, string Message, string Kind, string Status, bool IsQuery)
{
    public const string Runs = "runs";
    public const string NeedsPreviousReturn = "needs last year's return";
    public const string JoinedUpCheck = "JoinedUp check";

    public static Ssda903RuleListing Of(Ssda903Rule rule) => new(rule.Code, rule.Years.ToString(), rule.Table, rule.Fields, rule.Message,
        rule.Code.StartsWith("JU", StringComparison.OrdinalIgnoreCase) ? "JoinedUp rule" : "DfE rule",
        rule.NeedsData is { } reason ? $"needs data: {reason}" : rule.NeedsPreviousReturn ? NeedsPreviousReturn : Runs,
        rule.IsQuery);
}

/// <summary>Every SSDA903 rule and field check JoinedUp holds, for one collection year or all of them.</summary>
public static class Ssda903RuleList
{
    /// <summary>
    /// The rule classes of <paramref name="year"/> (every year's when null), then the field checks whose codes no listed
    /// rule class carries, marked as JoinedUp checks; in the DfE's code order.
    /// </summary>
    public static IReadOnlyList<Ssda903RuleListing> For(int? year)
    {
        var rules = year is { } y ? Ssda903RuleSet.For(y) : Ssda903RuleSet.All;
        var listed = rules.Select(Ssda903RuleListing.Of).ToList();
        var codes = listed.Select(l => l.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var check in Ssda903Rules.All)
            if (codes.Add(check.Code))
                listed.Add(new Ssda903RuleListing(check.Code, CollectionYears.All.ToString(), check.Table, check.Fields, check.Message,
                    Ssda903RuleListing.JoinedUpCheck, Ssda903RuleListing.Runs, IsQuery: false));
        return listed.OrderBy(l => l.Code, Ssda903RuleSet.CodeOrder.Instance).ToList();
    }
}
