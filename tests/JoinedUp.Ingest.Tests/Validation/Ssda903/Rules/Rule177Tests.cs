using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule177Tests
{
    private static readonly Rule177 Rule = new();

    [Theory]
    [InlineData("L1")]
    [InlineData("L5")]
    [InlineData("l0")]
    public void A_legal_status_of_adopters_not_on_the_list_is_flagged(string value) =>
        Assert.Equal(["ad1:2:LS_ADOPTR"], new TestReturn().Ad1(lsAdoptr: value).Found(Rule));

    [Theory]
    [InlineData("L0")]
    [InlineData("L11")]
    [InlineData("L12")]
    [InlineData("L2")]
    [InlineData("L3")]
    [InlineData("L4")]
    [InlineData(null)]
    public void Listed_codes_and_blank_are_not_flagged(string? value) =>
        Assert.Empty(new TestReturn().Ad1(lsAdoptr: value).Found(Rule));
}
