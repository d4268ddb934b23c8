using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule176Tests
{
    private static readonly Rule176 Rule = new();

    [Theory]
    [InlineData("M2")]
    [InlineData("mf")]
    [InlineData("FM")]
    public void A_sex_of_adopters_not_on_the_list_is_flagged(string value) =>
        Assert.Equal(["ad1:2:SEX_ADOPTR"], new TestReturn().Ad1(sexAdoptr: value).Found(Rule));

    [Theory]
    [InlineData("M1")]
    [InlineData("F1")]
    [InlineData("MM")]
    [InlineData("FF")]
    [InlineData("MF")]
    [InlineData(null)]
    public void Listed_codes_and_blank_are_not_flagged(string? value) =>
        Assert.Empty(new TestReturn().Ad1(sexAdoptr: value).Found(Rule));
}
