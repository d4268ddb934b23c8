using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule451Tests
{
    private static readonly Rule451 Rule = new();

    [Fact]
    public void An_open_freeing_order_episode_is_flagged()
    {
        var submission = new TestReturn(2024).Header().Episode(decom: "01/05/2023", ls: "D1");

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("451", 2, "LS"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData("D1", "01/06/2023", "E11")]
    [InlineData("E1", null, null)]
    public void Edges_are_not_flagged(string ls, string? dec, string? rec)
    {
        Assert.Empty(new TestReturn(2024).Header().Episode(decom: "01/05/2023", ls: ls, dec: dec, rec: rec).Run(Rule));
    }

    [Fact]
    public void The_DfE_deleted_it_from_2024_25()
    {
        Assert.Equal(new CollectionYears(2024, 2024), Rule.Years);
        Assert.DoesNotContain(Ssda903RuleSet.For(2025), r => r.Code == "451");
    }
}
