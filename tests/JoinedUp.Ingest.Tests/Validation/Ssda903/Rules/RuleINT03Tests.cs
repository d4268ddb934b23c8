using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleINT03Tests
{
    private static readonly RuleINT03 Rule = new();

    [Fact]
    public void Each_episode_of_a_child_missing_from_the_header_is_flagged()
    {
        var submission = new TestReturn().Header(child: "C1").Episode(child: "C1").Episode(child: "C2").Episode(child: "C2");
        var issues = submission.Run(Rule);
        Assert.Equal(["episodes:3:CHILD", "episodes:4:CHILD"], issues.Select(i => $"{i.Table}:{i.Row}:{i.Field}"));
        Assert.All(issues, i => Assert.DoesNotContain("C2", i.Message));
    }

    [Fact]
    public void Without_a_header_table_nothing_is_judged()
    {
        Assert.Empty(new TestReturn().Episode(child: "C2").Run(Rule));
        Assert.Equal(["episodes:2"], new TestReturn().Supplied(Ssda903Tables.Header).Episode(child: "C2").Flagged(Rule));
    }
}
