using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule112Tests
{
    private static readonly Rule112 Rule = new();

    [Fact]
    public void A_date_int_that_is_not_a_date_is_flagged_on_its_row()
    {
        var submission = new TestReturn().Ad1(dateInt: "01/06/2024").Ad1(child: "C2", dateInt: "31/02/2024");
        Assert.Equal(["ad1:3:DATE_INT"], submission.Found(Rule));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("29/02/2024")]
    [InlineData("2024-06-01")]
    public void A_blank_or_valid_date_is_not_flagged(string? dateInt) =>
        Assert.Empty(new TestReturn().Ad1(dateInt: dateInt).Found(Rule));
}
