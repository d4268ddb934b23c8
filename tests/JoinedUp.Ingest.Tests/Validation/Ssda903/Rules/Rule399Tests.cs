using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule399Tests
{
    private static readonly Rule399 Rule = new();

    [Fact]
    public void A_short_break_child_with_MOTHER_and_reviews_is_flagged_on_each()
    {
        var submission = new TestReturn()
            .Header(sex: "2", mother: "0")
            .Episode(ls: "V3").Episode(ls: "V4")
            .Review(review: "01/06/2024", reviewCode: "PN1")
            .Review(review: null, reviewCode: "PN2");

        var issues = submission.Run(Rule);
        Assert.Equal(["header:2:MOTHER", "reviews:2:REVIEW", "reviews:3:REVIEW_CODE"], issues.Select(i => $"{i.Table}:{i.Row}:{i.Field}"));
    }

    [Fact]
    public void Not_flagged_when_any_episode_has_another_legal_status_or_nothing_is_given()
    {
        Assert.Empty(new TestReturn().Header(mother: "0").Episode(ls: "V3").Episode(ls: "C2").Review().Run(Rule));
        Assert.Empty(new TestReturn().Header(mother: null).Episode(ls: "V4").Run(Rule));
        Assert.Empty(new TestReturn().Header(mother: "0").Review().Run(Rule));
    }
}
