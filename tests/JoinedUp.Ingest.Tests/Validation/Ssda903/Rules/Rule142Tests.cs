using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule142Tests
{
    private static readonly Rule142 Rule = new();

    [Fact]
    public void An_earlier_episode_left_open_is_flagged_on_DEC_and_one_without_a_reason_on_REC()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/09/2024") // row 2: latest, open: fine
            .Episode(decom: "01/05/2024") // row 3: earlier, no DEC
            .Episode(decom: "01/07/2024", dec: "01/09/2024"); // row 4: earlier, DEC but no REC

        var issues = submission.Run(Rule);
        Assert.Equal(new[] { (3, "DEC"), (4, "REC") }, issues.Select(i => (i.Row!.Value, i.Field!)).OrderBy(x => x.Item1));
    }

    [Fact]
    public void Ended_earlier_episodes_and_a_single_open_episode_are_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Episode().Run(Rule));
        Assert.Empty(new TestReturn().Header()
            .Episode(decom: "01/05/2024", dec: "01/07/2024", rec: "X1")
            .Episode(decom: "01/07/2024", rne: "P").Run(Rule));
    }

    [Fact]
    public void An_episode_without_a_valid_start_is_not_checked() =>
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/07/2024").Episode(decom: null).Episode(decom: "bad").Run(Rule));

    [Fact]
    public void Children_are_checked_apart() =>
        Assert.Empty(new TestReturn().Header().Episode().Header(child: "C2").Episode(child: "C2", decom: "01/06/2024").Run(Rule));
}
