using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule634Tests
{
    [Theory]
    [InlineData("31/03/2016", true)]
    [InlineData("01/04/2016", false)]
    public void Previous_permanence_for_a_child_in_care_since_before_April_2016_is_flagged(string decom, bool flagged)
    {
        var submission = new TestReturn().Header().Episode(decom: decom).PreviousPermanence(prevPerm: "P1", laPerm: "302", datePerm: "01/01/2015");
        var issues = submission.Run(new Rule634());
        Assert.Equal(flagged ? [(2, "PREV_PERM")] : [], issues.Select(i => (i.Row!.Value, i.Field!)));
    }

    [Fact]
    public void A_blank_row_or_a_child_with_no_episodes_is_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/01/2015").PreviousPermanence(prevPerm: null).Run(new Rule634()));
        Assert.Empty(new TestReturn().Header().PreviousPermanence(prevPerm: "P1").Run(new Rule634()));
    }
}
