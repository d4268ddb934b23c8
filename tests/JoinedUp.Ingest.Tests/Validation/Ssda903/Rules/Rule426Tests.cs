using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule426Tests
{
    private static readonly Rule426 Rule = new();

    [Fact]
    public void A_child_with_both_V3_and_V4_episodes_has_every_short_break_episode_flagged()
    {
        var submission = new TestReturn().Header()
            .Episode(ls: "V3", dec: "02/05/2024", rec: "E8")
            .Episode(decom: "01/06/2024", ls: "C2")
            .Episode(decom: "01/07/2024", ls: "V4")
            .Header(child: "C2").Episode(child: "C2", ls: "V3", dec: "02/05/2024", rec: "E8").Episode(child: "C2", decom: "01/06/2024", ls: "V3");

        var issues = submission.Run(Rule);
        Assert.Equal(["episodes:2", "episodes:4"], submission.Flagged(Rule));
        Assert.All(issues, i => Assert.Equal("LS", i.Field));
    }
}
