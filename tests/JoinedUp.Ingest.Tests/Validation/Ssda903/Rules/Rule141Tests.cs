using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule141Tests
{
    private static readonly Rule141 Rule = new();

    [Theory]
    [InlineData("31/04/2024")]
    [InlineData("01/13/2024")]
    [InlineData("soon")]
    public void A_start_date_that_is_not_a_date_is_flagged(string decom)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode().Episode(decom: decom).Run(Rule));
        Assert.Equal(("141", 3, "DECOM"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("29/02/2024")]
    [InlineData(null)]
    public void Valid_or_blank_start_dates_are_not_flagged(string? decom) =>
        Assert.Empty(new TestReturn().Header().Episode(decom: decom).Run(Rule));
}
