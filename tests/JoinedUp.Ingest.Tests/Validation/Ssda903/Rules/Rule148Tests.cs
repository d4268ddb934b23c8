using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule148Tests
{
    private static readonly Rule148 Rule = new();

    [Fact]
    public void An_end_date_without_a_reason_or_a_reason_without_an_end_date_is_flagged_on_the_blank_field()
    {
        var issues = new TestReturn().Header()
            .Episode(decom: "01/05/2024", dec: "01/06/2024", rec: null)
            .Episode(decom: "01/06/2024", dec: null, rec: "E8")
            .Run(Rule);
        Assert.Equal(new[] { (2, "REC"), (3, "DEC") }, issues.Select(i => (i.Row!.Value, i.Field!)));
    }

    [Fact]
    public void An_end_date_that_is_not_a_date_still_counts_as_given() =>
        Assert.Equal(new[] { "episodes:2" }, new TestReturn().Header().Episode(dec: "32/01/2025", rec: null).Flagged(Rule));

    [Theory]
    [InlineData(null, null)]
    [InlineData("01/06/2024", "X1")]
    public void Both_or_neither_are_not_flagged(string? dec, string? rec) =>
        Assert.Empty(new TestReturn().Header().Episode(dec: dec, rec: rec).Run(Rule));
}
