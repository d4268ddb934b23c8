using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule1000Tests
{
    [Fact]
    public void A_child_who_died_in_care_this_year_or_last_has_no_care_leaver_information()
    {
        Assert.Equal(["oc3:2"], new TestReturn().Header().Episode(dec: "01/06/2024", rec: "E2").Oc3(accom: "0", inTouch: "DIED", activ: "0").Flagged(new Rule1000()));
        var lastYear = new TestReturn(2024).Header().Episode(decom: "01/05/2023", dec: "01/06/2023", rec: "E2");
        Assert.Equal(["oc3:2"], new TestReturn().Header().Oc3(inTouch: "DIED", activ: "0", accom: "0").WithPrevious(lastYear).Flagged(new Rule1000()));
    }

    [Fact]
    public void A_blank_row_or_another_reason_is_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Episode(dec: "01/06/2024", rec: "E2").Oc3(inTouch: null, activ: null, accom: null).Run(new Rule1000()));
        Assert.Empty(new TestReturn().Header().Episode(dec: "01/06/2024", rec: "E13").Oc3(accom: "U1").Run(new Rule1000()));
    }
}
