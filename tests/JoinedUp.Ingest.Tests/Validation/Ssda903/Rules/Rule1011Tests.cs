using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule1011Tests
{
    [Fact]
    public void A_final_episode_transferred_to_another_la_is_flagged()
    {
        var submission = new TestReturn().Header().Episode(decom: "01/05/2024", dec: "01/06/2024", rec: "X1").Episode(decom: "01/06/2024", dec: "01/07/2024", rec: "E3").Oc3(accom: "U1");
        Assert.Equal(["oc3:2"], submission.Flagged(new Rule1011()));
        // E3 not in the final episode.
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/06/2024", dec: "01/07/2024", rec: "E13").Episode(decom: "01/05/2024", dec: "01/06/2024", rec: "E3").Oc3(accom: "U1").Run(new Rule1011()));
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/06/2024", dec: "01/07/2024", rec: "E3").Oc3(inTouch: null, activ: null, accom: null).Run(new Rule1011()));
    }
}
