using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule1002Tests
{
    [Fact]
    public void A_care_leaver_with_no_episodes_this_year_or_last_is_flagged()
    {
        var lastYear = new TestReturn(2024).Header(child: "C2").Episode(child: "C2", decom: "01/05/2023", dec: "01/06/2023", rec: "E13");
        var submission = new TestReturn().Header().Header(child: "C2").Header(child: "C3")
            .Oc3(accom: "U1").Oc3(child: "C2", accom: "U1").Episode(child: "C3").Oc3(child: "C3", accom: "U1")
            .WithPrevious(lastYear);
        var issue = Assert.Single(submission.Run(new Rule1002()));
        Assert.Equal((2, "IN_TOUCH"), (issue.Row!.Value, issue.Field));
        Assert.Contains("the 2023/24 return", issue.Message);
        Assert.True(new Rule1002().NeedsPreviousReturn);
    }
}
