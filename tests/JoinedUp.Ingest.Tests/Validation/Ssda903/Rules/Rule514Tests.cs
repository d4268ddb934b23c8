using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule514Tests
{
    private static readonly Rule514 Rule = new();

    [Theory]
    [InlineData("MM")]
    [InlineData("FF")]
    [InlineData("MF")]
    [InlineData(null)]
    public void Legal_status_L0_with_another_sex_of_adopters_is_flagged(string? sex)
    {
        var submission = new TestReturn().Ad1(lsAdoptr: "L0", sexAdoptr: "M1").Ad1(child: "C2", lsAdoptr: "L0", sexAdoptr: sex);
        Assert.Equal(["ad1:3:SEX_ADOPTR"], submission.Found(Rule));
    }

    [Theory]
    [InlineData("M1")]
    [InlineData("F1")]
    public void Legal_status_L0_with_a_matching_sex_of_adopters_is_not_flagged(string sex) =>
        Assert.Empty(new TestReturn().Ad1(lsAdoptr: "L0", sexAdoptr: sex).Found(Rule));

    [Theory]
    [InlineData("L11")]
    [InlineData(null)]
    public void Another_legal_status_is_not_this_rules(string? legalStatus) =>
        Assert.Empty(new TestReturn().Ad1(lsAdoptr: legalStatus, sexAdoptr: "MF").Found(Rule));
}
