using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule114Tests
{
    private static readonly Rule114 Rule = new();

    [Theory]
    [InlineData("2")]
    [InlineData("Y")]
    [InlineData("former foster carer")]
    public void A_foster_care_value_other_than_0_or_1_is_flagged(string value)
    {
        var submission = new TestReturn().Ad1(fosterCare: "1").Ad1(child: "C2", fosterCare: value);
        Assert.Equal(["ad1:3:FOSTER_CARE"], submission.Found(Rule));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData(null)]
    public void Zero_one_or_blank_is_not_flagged(string? value) =>
        Assert.Empty(new TestReturn().Ad1(fosterCare: value).Found(Rule));
}
