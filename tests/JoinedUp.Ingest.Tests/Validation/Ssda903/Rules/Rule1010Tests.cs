using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule1010Tests
{
    [Fact]
    public void Care_open_at_the_end_of_last_year_with_no_episodes_now_is_flagged()
    {
        var lastYear = new TestReturn(2024).Header().Episode(decom: "01/05/2023", dec: "01/06/2023", rec: "X1").Episode(decom: "01/06/2023", rne: "P")
            .Header(child: "C2").Episode(child: "C2", decom: "01/05/2023", dec: "01/06/2023", rec: "E13");
        var submission = new TestReturn().Header().Oc3(accom: "U1").Header(child: "C2").Oc3(child: "C2", accom: "U1").WithPrevious(lastYear);
        Assert.Equal(["oc3:2"], submission.Flagged(new Rule1010()));
        Assert.Empty(new TestReturn().Header().Episode().Oc3(accom: "U1").WithPrevious(lastYear).Run(new Rule1010()));
    }
}
