using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule113Tests
{
    private static readonly Rule113 Rule = new();

    [Fact]
    public void A_date_match_that_is_not_a_date_is_flagged_on_its_row()
    {
        var submission = new TestReturn().Ad1(dateMatch: "38/04/2024").Ad1(child: "C2");
        Assert.Equal(["ad1:2:DATE_MATCH"], submission.Found(Rule));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("31/03/2025")]
    public void A_blank_or_valid_date_is_not_flagged(string? dateMatch) =>
        Assert.Empty(new TestReturn().Ad1(dateMatch: dateMatch).Found(Rule));
}
