using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

/// <summary>166 (review date), 167 (participation code), 440 and 441 (participation code against the age at the review).</summary>
public sealed class ReviewRuleTests
{
    [Fact]
    public void Rule_166_flags_blank_and_invalid_review_dates()
    {
        var submission = new TestReturn().Review(review: null).Review(review: "31/02/2024").Review(review: "01/06/2024");
        var issues = submission.Run(new Rule166());
        Assert.Equal(["reviews:2:REVIEW", "reviews:3:REVIEW"], issues.Select(i => $"{i.Table}:{i.Row}:{i.Field}"));
        Assert.Contains("blank", issues[0].Message);
    }

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

    [Theory]
    [InlineData("PN0", "14/06/2024", false)] // the day before the 4th birthday
    [InlineData("PN0", "15/06/2024", true)] // the 4th birthday
    [InlineData("PN1", "15/06/2024", false)]
    public void Rule_440_flags_PN0_from_the_4th_birthday(string code, string review, bool flagged) =>
        Assert.Equal(flagged ? new[] { "reviews:2" } : [], new TestReturn().Review(dob: "15/06/2020", review: review, reviewCode: code).Flagged(new Rule440()));

    [Theory]
    [InlineData("PN1", "14/06/2024", true)]
    [InlineData("PN7", "14/06/2024", true)]
    [InlineData("PN4", "15/06/2024", false)]
    [InlineData("PN0", "14/06/2024", false)]
    public void Rule_441_flags_PN1_to_PN7_before_the_4th_birthday(string code, string review, bool flagged) =>
        Assert.Equal(flagged ? new[] { "reviews:2" } : [], new TestReturn().Review(dob: "15/06/2020", review: review, reviewCode: code).Flagged(new Rule441()));

    [Fact]
    public void Rules_440_and_441_leave_unknown_dates_alone()
    {
        Assert.Empty(new TestReturn().Review(dob: null, reviewCode: "PN0").Run(new Rule440()));
        Assert.Empty(new TestReturn().Review(dob: "15/06/2020", review: null, reviewCode: "PN1").Run(new Rule441()));
    }
}
