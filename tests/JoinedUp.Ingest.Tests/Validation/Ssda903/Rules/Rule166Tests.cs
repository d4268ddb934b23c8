using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule166Tests
{
    [Fact]
    public void Rule_166_flags_blank_and_invalid_review_dates()
    {
        var submission = new TestReturn().Review(review: null).Review(review: "31/02/2024").Review(review: "01/06/2024");
        var issues = submission.Run(new Rule166());
        Assert.Equal(["reviews:2:REVIEW", "reviews:3:REVIEW"], issues.Select(i => $"{i.Table}:{i.Row}:{i.Field}"));
        Assert.Contains("blank", issues[0].Message);
    }
}
