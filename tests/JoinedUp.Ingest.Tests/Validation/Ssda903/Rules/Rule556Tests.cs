using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule556Tests
{
    private static readonly Rule556 Rule = new();

    [Fact]
    public void A_freeing_order_episode_before_the_decision_is_flagged()
    {
        var submission = new TestReturn(2024)
            .Episode(decom: "01/05/2023", ls: "D1", dec: "01/07/2023", rec: "X1")
            .Episode(decom: "01/07/2023", ls: "D1")
            .PlacedForAdoption(datePlaced: "01/06/2023");
        Assert.Equal(["episodes:2:DECOM"], submission.Found(Rule));
    }

    [Fact]
    public void A_freeing_order_on_or_after_the_decision_is_not_flagged() =>
        Assert.Empty(new TestReturn(2024).Episode(decom: "01/06/2023", ls: "D1").PlacedForAdoption(datePlaced: "01/06/2023").Found(Rule));

    [Fact]
    public void The_DfE_deleted_the_rule_for_2024_25()
    {
        Assert.Equal(new CollectionYears(2024, 2024), Rule.Years);
        Assert.DoesNotContain(Ssda903RuleSet.For(2026), r => r.Code == "556");
    }
}
