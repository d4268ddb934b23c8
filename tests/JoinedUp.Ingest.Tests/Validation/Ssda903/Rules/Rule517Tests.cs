using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule517Tests
{
    private static readonly Rule517 Rule = new();

    [Theory]
    [InlineData("MM")]
    [InlineData("FF")]
    [InlineData("M1")]
    [InlineData("F1")]
    [InlineData(null)]
    public void Legal_status_L3_with_another_sex_of_adopters_is_flagged(string? sex)
    {
        var submission = new TestReturn().Ad1(lsAdoptr: "L3", sexAdoptr: "MF").Ad1(child: "C2", lsAdoptr: "L3", sexAdoptr: sex);
        Assert.Equal(["ad1:3:SEX_ADOPTR"], submission.Found(Rule));
    }

    [Theory]
    [InlineData("MF")]
    public void Legal_status_L3_with_a_matching_sex_of_adopters_is_not_flagged(string sex) =>
        Assert.Empty(new TestReturn().Ad1(lsAdoptr: "L3", sexAdoptr: sex).Found(Rule));

    [Theory]
    [InlineData("L4")]
    [InlineData(null)]
    public void Another_legal_status_is_not_this_rules(string? legalStatus) =>
        Assert.Empty(new TestReturn().Ad1(lsAdoptr: legalStatus, sexAdoptr: "MM").Found(Rule));
}
