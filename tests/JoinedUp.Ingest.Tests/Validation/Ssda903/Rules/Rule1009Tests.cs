using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule1009Tests
{
    private static readonly Rule1009 Rule = new();

    [Fact]
    public void A_reason_not_on_the_list_is_flagged_on_its_field()
    {
        var submission = new TestReturn().Header()
            .Episode(dec: "01/06/2024", rec: "X1", reasonPlaceChange: "MOVED")
            .Episode(decom: "01/06/2024", rne: "P", reasonPlaceChange: "CARPL");

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("1009", "episodes", 2, "REASON_PLACE_CHANGE"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("CARPL")]
    [InlineData("CUSTOD")]
    [InlineData("OTHER")]
    public void Blank_or_listed_reasons_are_not_flagged(string? reason) =>
        Assert.Empty(new TestReturn().Header().Episode(reasonPlaceChange: reason).Run(Rule));

    [Fact]
    public void Codes_are_case_sensitive() =>
        Assert.Equal(new[] { "episodes:2" }, new TestReturn().Header().Episode(reasonPlaceChange: "carpl").Flagged(Rule));
}
