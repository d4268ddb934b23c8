using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule134Tests
{
    [Fact]
    public void Adoption_information_for_a_care_leaver_is_flagged_on_the_ad1_row()
    {
        var issue = Assert.Single(new TestReturn().Header().Ad1().Oc3(accom: "U1").Run(new Rule134()));
        Assert.Equal(("ad1", 2, "DATE_INT"), (issue.Table, issue.Row!.Value, issue.Field));
        Assert.Empty(new TestReturn().Header().Ad1().Oc3(inTouch: null, activ: null, accom: null).Run(new Rule134()));
        Assert.Empty(new TestReturn().Header().Ad1(dateInt: null, dateMatch: null, fosterCare: null, nbAdoptr: null, sexAdoptr: null, lsAdoptr: null).Oc3(accom: "U1").Run(new Rule134()));
    }
}
