using JoinedUp.Ingest.Validation.Ssda903;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903;

public sealed class Ssda903RuleSetTests
{
    [Fact]
    public void No_two_rules_with_one_code_apply_to_the_same_year()
    {
        var clashes = Ssda903RuleSet.All.GroupBy(r => r.Code, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.SelectMany(r => Enumerable.Range(r.Years.First, r.Years.Last - r.Years.First + 1)).GroupBy(y => y).Any(y => y.Count() > 1))
            .Select(g => g.Key).ToList();
        Assert.Empty(clashes);
    }

    [Fact]
    public void Every_rule_says_what_it_means_which_table_and_fields_and_its_years()
    {
        Assert.All(Ssda903RuleSet.All, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Message), rule.Code);
            Assert.Contains(rule.Table, new[] { "Header", "Episodes", "Reviews", "UASC", "OC2", "OC3", "AD1", "PlacedAdoption", "PrevPerm", "Missing", "SWEpisodes" });
            Assert.NotEmpty(rule.Fields);
            Assert.True(rule.Years.First >= CollectionYears.Earliest && rule.Years.Last <= CollectionYears.Latest && rule.Years.First <= rule.Years.Last, rule.Code);
        });
    }

    [Fact]
    public void A_return_is_checked_against_its_own_year_and_earlier_years_against_the_earliest_held()
    {
        Assert.Equal(Ssda903RuleSet.For(2024).Where(r => !r.Code.StartsWith("SW", StringComparison.Ordinal)), Ssda903RuleSet.For(2019));
        Assert.Contains(Ssda903RuleSet.For(2024), r => r.Code == "SW01STG1");
        Assert.Same(Ssda903RuleSet.For(2026), Ssda903RuleSet.For(2030));
        Assert.Contains(Ssda903RuleSet.For(2025), r => r.Code == "356");
    }
}
