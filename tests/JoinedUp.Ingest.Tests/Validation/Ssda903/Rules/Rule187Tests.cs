using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule187Tests
{
    private static readonly Rule187 Rule = new();

    [Fact]
    public void A_child_looked_after_all_year_with_adoption_or_care_leaver_information_is_flagged()
    {
        var submission = new TestReturn().Header().Episode(decom: "01/01/2023").Oc3(accom: "U1").Ad1();
        Assert.Equal(["oc3:2", "ad1:2"], submission.Flagged(Rule));
        // Came into care on 1 April itself: still 12 months.
        Assert.Equal(["oc3:2"], new TestReturn().Header().Episode(decom: "01/04/2024", rne: "S").Oc3(accom: "U1").Flagged(Rule));
    }

    [Fact]
    public void A_child_not_looked_after_all_year_is_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Episode(decom: "02/04/2024", rne: "S").Oc3(accom: "U1").Run(Rule));
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/01/2023", dec: "30/03/2025", rec: "E13").Oc3(accom: "U1").Run(Rule));
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/01/2023", ls: "V3").Oc3(accom: "U1").Run(Rule));
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/01/2023").Oc3(inTouch: null, activ: null, accom: null).Run(Rule));
    }
}
