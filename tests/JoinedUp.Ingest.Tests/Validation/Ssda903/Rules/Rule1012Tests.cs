using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule1012Tests
{
    private static readonly Rule1012 Rule = new();

    [Fact]
    public void Rows_in_other_tables_for_a_child_with_no_episode_are_each_flagged()
    {
        var submission = new TestReturn().Header().Episode()
            .Header(child: "C2").Oc3(child: "C2")
            .Review(child: "C2").Missing(child: "C2").Oc2(child: "C2").PreviousPermanence(child: "C2").Ad1(child: "C2").PlacedForAdoption(child: "C2");

        Assert.Equal(new[] { "placed_for_adoption:2", "missing:2", "reviews:2", "ad1:2", "previous_permanence:2", "oc2:2" }.Order(), submission.Flagged(Rule).Order());
        Assert.All(submission.Run(Rule), i => Assert.Equal(("1012", "CHILD"), (i.RuleCode, i.Field)));
    }

    [Fact]
    public void A_child_with_an_episode_or_only_oc3_is_not_flagged()
    {
        var submission = new TestReturn().Header().Episode().Review().Missing().Oc2()
            .Header(child: "C2").Oc3(child: "C2");
        Assert.Empty(submission.Run(Rule));
    }

    [Fact]
    public void Nothing_is_flagged_when_the_episodes_table_was_not_supplied() =>
        Assert.Empty(new TestReturn().Header().Review().Run(Rule));

    [Fact]
    public void An_empty_episodes_table_still_counts_as_supplied() =>
        Assert.Equal(new[] { "reviews:2" }, new TestReturn().Supplied(Ssda903Tables.Episodes).Header().Review().Flagged(Rule));
}
