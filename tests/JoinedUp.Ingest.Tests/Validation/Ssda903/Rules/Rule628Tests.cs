using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule628Tests
{
    [Fact]
    public void Mother_status_for_a_care_leaver_with_no_episodes_is_flagged()
    {
        Assert.Equal(["header:2"], new TestReturn().Header(sex: "2", mother: "0").Oc3(accom: "U1").Flagged(new Rule628()));
        Assert.Empty(new TestReturn().Header(sex: "2", mother: "0").Episode().Oc3(accom: "U1").Run(new Rule628()));
        Assert.Empty(new TestReturn().Header(sex: "2", mother: null).Oc3(accom: "U1").Run(new Rule628()));
        Assert.Empty(new TestReturn().Header(sex: "2", mother: "0").Oc3(inTouch: null, activ: null, accom: null).Run(new Rule628()));
    }
}
