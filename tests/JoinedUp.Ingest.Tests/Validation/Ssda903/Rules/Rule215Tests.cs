using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule215Tests
{
    [Fact]
    public void Oc2_items_beside_care_leaver_information_are_flagged_on_both_rows()
    {
        var issues = new TestReturn().Header().Oc2().Oc3(accom: "U1").Run(new Rule215());
        Assert.Equal([("oc3", 2, "IN_TOUCH"), ("oc2", 2, "CONVICTED")], issues.Select(i => (i.Table, i.Row!.Value, i.Field!)));
    }

    [Fact]
    public void Either_side_blank_is_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Oc2().Oc3(inTouch: null, activ: null, accom: null).Run(new Rule215()));
        Assert.Empty(new TestReturn().Header().Oc2(convicted: null, healthCheck: null, immunisations: null, teethCheck: null, healthAssessment: null, substanceMisuse: null)
            .Oc3(accom: "U1").Run(new Rule215()));
    }
}
