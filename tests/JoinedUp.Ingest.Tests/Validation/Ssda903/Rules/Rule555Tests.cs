using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule555Tests
{
    private static readonly Rule555 Rule = new();

    [Fact]
    public void A_freeing_order_without_a_decision_date_is_flagged_in_2023_24()
    {
        var submission = new TestReturn(2024).Episode(decom: "01/05/2023", ls: "D1").Supplied(Ssda903Tables.PlacedForAdoption);
        Assert.Equal(["episodes:2:LS"], submission.Found(Rule));
    }

    [Fact]
    public void While_the_freeing_order_is_open_the_latest_decision_cannot_have_ceased()
    {
        var submission = new TestReturn(2024)
            .Episode(decom: "01/05/2023", ls: "D1")
            .PlacedForAdoption(datePlaced: "01/04/2023", datePlacedCeased: "01/06/2023", reasonPlacedCeased: "RD1");
        Assert.Equal(["placed_for_adoption:2:DATE_PLACED_CEASED"], submission.Found(Rule));
    }

    [Fact]
    public void The_DfE_deleted_the_rule_for_2024_25()
    {
        Assert.Equal(new CollectionYears(2024, 2024), Rule.Years);
        Assert.DoesNotContain(Ssda903RuleSet.For(2025), r => r.Code == "555");
        Assert.Contains(Ssda903RuleSet.For(2024), r => r.Code == "555");
    }
}
