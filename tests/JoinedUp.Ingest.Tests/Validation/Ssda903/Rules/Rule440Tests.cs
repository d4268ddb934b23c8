using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule440Tests
{
    [Theory]
    [InlineData("PN0", "14/06/2024", false)] // the day before the 4th birthday
    [InlineData("PN0", "15/06/2024", true)] // the 4th birthday
    [InlineData("PN1", "15/06/2024", false)]
    public void Rule_440_flags_PN0_from_the_4th_birthday(string code, string review, bool flagged) =>
        Assert.Equal(flagged ? new[] { "reviews:2" } : [], new TestReturn().Review(dob: "15/06/2020", review: review, reviewCode: code).Flagged(new Rule440()));

    [Fact]
    public void Unknown_dates_are_left_alone() =>
        Assert.Empty(new TestReturn().Review(dob: null, reviewCode: "PN0").Run(new Rule440()));
}
