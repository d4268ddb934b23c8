using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule381Tests
{
    private static readonly Rule381 Rule = new();

    [Fact]
    public void A_temporary_placement_ending_the_period_of_care_is_flagged()
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(place: "T1", rne: "P", dec: "05/05/2024", rec: "E4A").Run(Rule));
        Assert.Equal(("381", 2, "REC"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("T1", "X1")]
    [InlineData("T1", null)]
    [InlineData("U1", "E4A")]
    public void Other_cases_are_not_flagged(string place, string? rec) =>
        Assert.Empty(new TestReturn().Header().Episode(place: place, rne: "P", dec: rec is null ? null : "05/05/2024", rec: rec).Run(Rule));
}
