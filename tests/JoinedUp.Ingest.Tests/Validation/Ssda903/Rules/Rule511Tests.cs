using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule511Tests
{
    private static readonly Rule511 Rule = new();

    [Theory]
    [InlineData("M1")]
    [InlineData("F1")]
    [InlineData(null)]
    public void Two_adopters_with_a_single_adopters_sex_or_none_are_flagged(string? sex) =>
        Assert.Equal(["ad1:2:SEX_ADOPTR"], new TestReturn().Ad1(nbAdoptr: "2", sexAdoptr: sex).Found(Rule));

    [Theory]
    [InlineData("2", "MM")]
    [InlineData("2", "FF")]
    [InlineData("2", "MF")]
    [InlineData("1", "M1")]
    [InlineData(null, "M1")]
    public void Couples_and_single_adopters_are_not_flagged(string? number, string sex) =>
        Assert.Empty(new TestReturn().Ad1(nbAdoptr: number, sexAdoptr: sex).Found(Rule));
}
