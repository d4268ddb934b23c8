using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule333Tests
{
    private static readonly Rule333 Rule = new();

    [Fact]
    public void A_decision_after_the_match_is_flagged()
    {
        var submission = new TestReturn()
            .Ad1(dateInt: "01/06/2024", dateMatch: "01/09/2024")
            .Ad1(child: "C2", dateInt: "02/09/2024", dateMatch: "01/09/2024");
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("ad1", 3, "DATE_INT"), (issue.Table, issue.Row, issue.Field));
        Assert.Contains("02/09/2024", issue.Message);
    }

    [Fact]
    public void A_match_without_a_decision_is_flagged() =>
        Assert.Equal(["ad1:2:DATE_INT"], new TestReturn().Ad1(dateInt: null, dateMatch: "01/09/2024").Found(Rule));

    [Theory]
    [InlineData("01/09/2024", "01/09/2024")] // the same day
    [InlineData(null, null)] // neither
    [InlineData("01/06/2024", null)] // no match yet
    [InlineData("01/06/2024", "31/02/2024")] // DATE_MATCH not a date: rule 113's
    [InlineData("31/02/2024", "01/09/2024")] // DATE_INT not a date: rule 112's
    public void Edges_are_not_flagged(string? dateInt, string? dateMatch) =>
        Assert.Empty(new TestReturn().Ad1(dateInt: dateInt, dateMatch: dateMatch).Found(Rule));
}
