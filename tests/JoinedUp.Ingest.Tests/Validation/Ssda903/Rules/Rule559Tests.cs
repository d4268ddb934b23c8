using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule559Tests
{
    private static readonly Rule559 Rule = new();

    [Fact]
    public void A_decision_from_before_the_year_missing_from_last_years_return_is_flagged_naming_that_return()
    {
        var previous = new TestReturn(2024).Header().Header(child: "C2").PlacedForAdoption(child: "C2", datePlaced: null);
        var submission = new TestReturn()
            .PlacedForAdoption(child: "C1", datePlaced: "31/03/2024")
            .PlacedForAdoption(child: "C2", datePlaced: "01/02/2024")
            .WithPrevious(previous);

        var issues = submission.Run(Rule);
        Assert.Equal(["placed_for_adoption:2:DATE_PLACED", "placed_for_adoption:3:DATE_PLACED"], submission.Found(Rule));
        Assert.All(issues, i => Assert.Contains("the 2023/24 return", i.Message));
    }

    [Fact]
    public void A_child_not_in_last_years_return_is_flagged()
    {
        var submission = new TestReturn().PlacedForAdoption(child: "C9", datePlaced: "01/01/2024").WithPrevious(new TestReturn(2024).Header());
        Assert.Equal(["placed_for_adoption:2:DATE_PLACED"], submission.Found(Rule));
    }

    [Fact]
    public void A_decision_in_last_years_return_or_made_this_year_is_not_flagged()
    {
        var previous = new TestReturn(2024).PlacedForAdoption(child: "C1", datePlaced: "01/02/2024");
        var submission = new TestReturn()
            .PlacedForAdoption(child: "C1", datePlaced: "01/02/2024")
            .PlacedForAdoption(child: "C2", datePlaced: "01/04/2024") // the first day of the year
            .WithPrevious(previous, fromStore: true);
        Assert.Empty(submission.Found(Rule));
    }

    [Fact]
    public void Without_last_years_return_the_rule_does_not_run() =>
        Assert.Empty(new TestReturn().PlacedForAdoption(datePlaced: "01/01/2024").Found(Rule));
}
