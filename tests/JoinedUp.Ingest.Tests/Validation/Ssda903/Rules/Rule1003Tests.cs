using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule1003Tests
{
    private static readonly Rule1003 Rule = new();

    [Fact]
    public void A_decision_before_the_child_started_to_be_looked_after_is_flagged_with_the_episode()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/09/2024", rne: "P", dec: null)
            .Episode(decom: "01/05/2024", rne: "S", dec: "01/09/2024", rec: "X1")
            .PlacedForAdoption(datePlaced: "30/04/2024")
            .PlacedForAdoption(datePlaced: "01/05/2024");
        Assert.Equal(["placed_for_adoption:2:DATE_PLACED", "episodes:3:DECOM"], submission.Found(Rule));
    }

    [Fact]
    public void A_child_whose_care_began_before_the_year_has_no_RNE_S_episode_and_is_not_checked()
    {
        var submission = new TestReturn().Episode(decom: "01/05/2024", rne: "P").PlacedForAdoption(datePlaced: "01/01/2020");
        Assert.Empty(submission.Found(Rule));
    }

    [Fact]
    public void The_first_period_of_care_is_the_one_compared()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/04/2024", rne: "S", dec: "01/06/2024", rec: "E13")
            .Episode(decom: "01/10/2024", rne: "S")
            .PlacedForAdoption(datePlaced: "01/08/2024");
        Assert.Empty(submission.Found(Rule));
    }
}
