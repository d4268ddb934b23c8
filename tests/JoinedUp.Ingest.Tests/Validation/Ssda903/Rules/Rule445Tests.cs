using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule445Tests
{
    private static readonly Rule445 Rule = new();

    [Fact]
    public void A_freeing_order_on_an_episode_beginning_after_2005_is_flagged()
    {
        var submission = new TestReturn(2024).Header().Episode(decom: "01/01/2006", ls: "D1");

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("445", 2, "LS"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("31/12/2005", "D1")]
    [InlineData("01/05/2023", "E1")]
    public void Edges_are_not_flagged(string decom, string ls)
    {
        Assert.Empty(new TestReturn(2024).Header().Episode(decom: decom, ls: ls).Run(Rule));
    }

    [Fact]
    public void The_DfE_deleted_it_from_2024_25()
    {
        Assert.Contains(Ssda903RuleSet.For(2024), r => r.Code == "445");
        Assert.DoesNotContain(Ssda903RuleSet.For(2025), r => r.Code == "445");
        Assert.DoesNotContain(Ssda903RuleSet.For(2026), r => r.Code == "445");
    }
}
