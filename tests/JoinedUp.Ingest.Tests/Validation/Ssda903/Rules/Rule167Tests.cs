using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule167Tests
{
    [Fact]
    public void Rule_167_flags_a_review_with_a_blank_or_unknown_code_but_not_a_row_without_a_review_date()
    {
        var submission = new TestReturn()
            .Review(reviewCode: null)
            .Review(reviewCode: "PN8")
            .Review(reviewCode: "PN7")
            .Review(review: null, reviewCode: null)
            .Review(review: "not a date", reviewCode: "pn1");
        Assert.Equal(["reviews:2", "reviews:3", "reviews:6"], submission.Flagged(new Rule167()));
    }
}
