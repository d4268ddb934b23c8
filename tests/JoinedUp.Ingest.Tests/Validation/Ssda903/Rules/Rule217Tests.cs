using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule217Tests
{
    private static readonly Rule217 Rule = new();

    [Theory]
    [InlineData("A3", "P")]
    [InlineData("A5", "B")]
    [InlineData("A5", null)]
    public void Adoption_with_current_carers_without_S_T_or_U_is_flagged(string place, string? rne)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(place: place, rne: rne).Run(Rule));
        Assert.Equal(("217", 2, "RNE"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("A3", "T", "01/05/2024")]
    [InlineData("A5", "U", "01/05/2024")]
    [InlineData("A4", "P", "01/05/2024")]
    [InlineData("A3", "P", "31/03/2015")] // before the rule began
    public void Other_cases_are_not_flagged(string place, string rne, string decom) =>
        Assert.Empty(new TestReturn().Header().Episode(place: place, rne: rne, decom: decom).Run(Rule));

    [Fact]
    public void The_first_day_of_the_rule_is_checked() =>
        Assert.Single(new TestReturn().Header().Episode(place: "A3", rne: "P", decom: "01/04/2015").Run(Rule));
}
