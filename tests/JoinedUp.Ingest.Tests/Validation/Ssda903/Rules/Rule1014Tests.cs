using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule1014Tests
{
    [Fact]
    public void Uasc_information_for_a_care_leaver_not_looked_after_this_year_is_flagged()
    {
        var submission = new TestReturn().Header().Uasc().Episode(decom: "01/01/2024", dec: "31/03/2024", rec: "E13").Oc3(accom: "U1");
        var issue = Assert.Single(submission.Run(new Rule1014()));
        Assert.Equal(("uasc", 2, "DUC"), (issue.Table, issue.Row!.Value, issue.Field));
        Assert.Equal(["uasc:2"], new TestReturn().Header().Uasc().Oc3(accom: "U1").Flagged(new Rule1014()));
    }

    [Fact]
    public void Looked_after_this_year_or_no_care_leaver_information_is_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Uasc().Episode(decom: "01/01/2024", dec: "01/04/2024", rec: "E13").Oc3(accom: "U1").Run(new Rule1014()));
        Assert.Empty(new TestReturn().Header().Uasc().Oc3(inTouch: null, activ: null, accom: null).Run(new Rule1014()));
    }
}
