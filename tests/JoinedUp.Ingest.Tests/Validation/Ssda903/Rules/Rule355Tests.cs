using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule355Tests
{
    private static readonly Rule355 Rule = new();

    [Fact]
    public void An_episode_ending_the_day_it_began_is_flagged()
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(decom: "01/05/2024", dec: "01/05/2024", rec: "X1").Run(Rule));
        Assert.Equal(("355", 2, "DEC"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("01/05/2024", "02/05/2024")]
    [InlineData("01/05/2024", null)]
    [InlineData(null, null)]
    [InlineData("bad", "bad")]
    public void Other_cases_are_not_flagged(string? decom, string? dec) =>
        Assert.Empty(new TestReturn().Header().Episode(decom: decom, dec: dec, rec: dec is null ? null : "X1").Run(Rule));
}
