using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule579Tests
{
    private static readonly Rule579 Rule = new();

    [Fact]
    public void A_decision_made_while_the_previous_one_is_open_is_flagged_on_the_later_one_whatever_the_file_order()
    {
        var submission = new TestReturn()
            .PlacedForAdoption(datePlaced: "01/09/2024")
            .PlacedForAdoption(datePlaced: "01/05/2024");
        Assert.Equal(["placed_for_adoption:2:DATE_PLACED"], submission.Found(Rule));
    }

    [Fact]
    public void A_decision_made_before_the_previous_one_ceased_is_flagged()
    {
        var submission = new TestReturn()
            .PlacedForAdoption(datePlaced: "01/05/2024", datePlacedCeased: "01/08/2024", reasonPlacedCeased: "RD1")
            .PlacedForAdoption(datePlaced: "31/07/2024");
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("placed_for_adoption", 3, "DATE_PLACED"), (issue.Table, issue.Row, issue.Field));
        Assert.Contains("01/08/2024", issue.Message);
    }

    [Theory]
    [InlineData("01/08/2024")] // on the day the previous one ceased
    [InlineData("02/08/2024")]
    public void A_decision_on_or_after_the_previous_one_ceased_is_not_flagged(string placed)
    {
        var submission = new TestReturn()
            .PlacedForAdoption(datePlaced: "01/05/2024", datePlacedCeased: "01/08/2024", reasonPlacedCeased: "RD1")
            .PlacedForAdoption(datePlaced: placed)
            .PlacedForAdoption(child: "C2", datePlaced: "01/05/2024");
        Assert.Empty(submission.Found(Rule));
    }

    [Fact]
    public void Undated_decisions_are_left_out() =>
        Assert.Empty(new TestReturn().PlacedForAdoption(datePlaced: "01/05/2024").PlacedForAdoption(datePlaced: null).Found(Rule));
}
