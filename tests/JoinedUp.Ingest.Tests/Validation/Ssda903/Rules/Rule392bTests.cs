using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule392bTests
{
    private static readonly Rule392b Rule = new();

    [Fact]
    public void A_missing_postcode_is_flagged_on_the_field_that_is_missing()
    {
        var submission = new TestReturn().Header()
            .Episode(plPost: null)
            .Episode(decom: "01/06/2024", rne: "P", homePost: null)
            .Episode(decom: "01/07/2024", rne: "P", homePost: null, plPost: null);

        var issues = submission.Run(Rule);
        Assert.Equal([(2, "PL_POST"), (3, "HOME_POST"), (4, "HOME_POST")], issues.Select(i => (i.Row!.Value, i.Field)));
        Assert.Contains("Both", issues[2].Message);
    }

    [Fact]
    public void Short_breaks_and_complete_episodes_are_not_flagged()
    {
        var submission = new TestReturn().Header()
            .Episode(ls: "V3", homePost: null, plPost: null)
            .Episode(decom: "01/06/2024", ls: "V4", homePost: null, plPost: null)
            .Episode(decom: "01/07/2024");

        Assert.Empty(submission.Run(Rule));
    }

    [Fact]
    public void A_child_who_is_or_was_UASC_is_not_flagged()
    {
        var now = new TestReturn().Header().Uasc().Episode(plPost: null);
        Assert.Empty(now.Run(Rule));

        var last = new TestReturn(2024).Header().Uasc(duc: "01/02/2024").Episode(decom: "01/05/2023");
        var formerly = new TestReturn().Header().Episode(plPost: null).WithPrevious(last);
        Assert.Empty(formerly.Run(Rule));

        var notBefore = new TestReturn().Header().Episode(plPost: null).WithPrevious(new TestReturn(2024).Header().Episode(decom: "01/05/2023"));
        Assert.Equal(["episodes:2"], notBefore.Flagged(Rule));
    }
}
