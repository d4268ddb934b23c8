using System.Reflection;
using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903;

/// <summary>
/// Every SSDA903 rule JoinedUp knows (each class deriving from <see cref="Ssda903Rule"/> in this assembly), and the set
/// that applies to a collection year. No two rules with the same code apply to the same year.
/// </summary>
public static class Ssda903RuleSet
{
    /// <summary>Every rule of every year, by code then first year.</summary>
    public static IReadOnlyList<Ssda903Rule> All { get; } = typeof(Ssda903Rule).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(Ssda903Rule)) && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (Ssda903Rule)Activator.CreateInstance(t)!)
        .OrderBy(r => r.Code, CodeOrder.Instance).ThenBy(r => r.Years.First)
        .ToList();

    private static readonly Dictionary<int, IReadOnlyList<Ssda903Rule>> ByYear = Enumerable
        .Range(CollectionYears.Earliest, CollectionYears.Latest - CollectionYears.Earliest + 1)
        .ToDictionary(y => y, y => (IReadOnlyList<Ssda903Rule>)All.Where(r => r.Years.Contains(y)).ToList());

    private static readonly IReadOnlyList<Ssda903Rule> BeforeSocialWorkers =
        [.. ByYear[CollectionYears.Earliest].Where(r => !r.Code.StartsWith("SW", StringComparison.Ordinal))];

    /// <summary>
    /// The rules a return of collection year <paramref name="year"/> (by its end) is checked against: a year before
    /// 2023/24 gets the 2023/24 rules without the social worker rules (the DfE began collecting social worker episodes
    /// that year, so an earlier return has none to check).
    /// </summary>
    public static IReadOnlyList<Ssda903Rule> For(int year) => year < CollectionYears.Earliest ? BeforeSocialWorkers : ByYear[CollectionYears.RuleYear(year)];

    /// <summary>The rule with this code for the year (the latest year's when no year is given), or null.</summary>
    public static Ssda903Rule? ByCode(string code, int? year = null)
    {
        var rules = For(year ?? CollectionYears.Latest);
        foreach (var rule in rules)
            if (string.Equals(rule.Code, code.Trim(), StringComparison.OrdinalIgnoreCase)) return rule;
        return year is null ? All.LastOrDefault(r => string.Equals(r.Code, code.Trim(), StringComparison.OrdinalIgnoreCase)) : null;
    }

    /// <summary>What a code means: the rule's definition, or the JoinedUp field checks' (<see cref="Ssda903Rules"/>) for codes no rule class carries.</summary>
    public static RuleDefinition? Describe(string code, int? year = null) => ByCode(code, year)?.Definition ?? Ssda903Rules.ByCode(code);

    /// <summary>Codes in the DfE's order: numeric codes by number (101 before 1000), then the rest by text.</summary>
    internal sealed class CodeOrder : IComparer<string>
    {
        public static readonly CodeOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var nx = LeadingNumber(x!);
            var ny = LeadingNumber(y!);
            if (nx != ny) return nx.CompareTo(ny);
            return string.CompareOrdinal(x, y);
        }

        private static int LeadingNumber(string code)
        {
            var n = 0;
            var digits = 0;
            foreach (var c in code)
            {
                if (!char.IsAsciiDigit(c)) break;
                n = n * 10 + (c - '0');
                digits++;
            }
            return digits == 0 ? int.MaxValue : n;
        }
    }
}
