using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule175Tests
{
    private static readonly Rule175 Rule = new();

    [Theory]
    [InlineData("0")]
    [InlineData("3")]
    [InlineData("two")]
    public void A_number_of_adopters_other_than_1_or_2_is_flagged(string value) =>
        Assert.Equal(["ad1:2:NB_ADOPTR"], new TestReturn().Ad1(nbAdoptr: value).Found(Rule));

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData(null)]
    public void One_two_or_blank_is_not_flagged(string? value) =>
        Assert.Empty(new TestReturn().Ad1(nbAdoptr: value).Found(Rule));
}
