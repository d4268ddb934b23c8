using System.Reflection;
using JoinedUp.Domain.Codes;

namespace JoinedUp.Domain.Tests.Codes;

public class Ssda903RulesTests
{
    private static readonly string[] Tables =
        ["Header", "Episodes", "Reviews", "UASC", "OC2", "OC3", "AD1", "PlacedAdoption", "PrevPerm", "Missing", "SWEpisodes"];

    [Fact]
    public void Codes_are_unique()
    {
        var codes = Ssda903Rules.All.Select(r => r.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Every_rule_has_a_message_a_known_table_and_fields()
    {
        Assert.All(Ssda903Rules.All, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Message));
            Assert.Contains(rule.Table, Tables);
            Assert.NotEmpty(rule.Fields);
            Assert.All(rule.Fields, f => Assert.False(string.IsNullOrWhiteSpace(f)));
        });
    }

    [Fact]
    public void All_lists_every_public_rule_field()
    {
        var declared = typeof(Ssda903Rules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(RuleDefinition))
            .Select(f => (RuleDefinition)f.GetValue(null)!)
            .ToList();
        Assert.Equal(declared.Count, Ssda903Rules.All.Count);
        Assert.All(declared, rule => Assert.Contains(rule, Ssda903Rules.All));
    }

    [Theory]
    [InlineData("101", nameof(Ssda903Rules.SexNotValid))]
    [InlineData("146", nameof(Ssda903Rules.PlacementTypeNotValid))]
    [InlineData("356", nameof(Ssda903Rules.DecBeforeDecom))]
    [InlineData("501", nameof(Ssda903Rules.EpisodesOverlap))]
    [InlineData("ju01", nameof(Ssda903Rules.ChildNotInHeader))]
    public void ByCode_finds_rules(string code, string field)
    {
        var expected = (RuleDefinition)typeof(Ssda903Rules).GetField(field)!.GetValue(null)!;
        Assert.Same(expected, Ssda903Rules.ByCode(code));
    }

    [Fact]
    public void ByCode_returns_null_for_unknown_codes()
    {
        Assert.Null(Ssda903Rules.ByCode("9999"));
    }

    [Fact]
    public void JoinedUp_codes_are_marked_as_not_dfe()
    {
        Assert.False(Ssda903Rules.ChildNotInHeader.IsDfeRule);
        Assert.True(Ssda903Rules.SexNotValid.IsDfeRule);
    }
}
