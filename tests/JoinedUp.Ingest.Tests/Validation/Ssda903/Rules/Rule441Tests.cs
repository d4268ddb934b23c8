using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule441Tests
{
    [Theory]
    [InlineData("PN1", "14/06/2024", true)]
    [InlineData("PN7", "14/06/2024", true)]
    [InlineData("PN4", "15/06/2024", false)]
    [InlineData("PN0", "14/06/2024", false)]
    public void Rule_441_flags_PN1_to_PN7_before_the_4th_birthday(string code, string review, bool flagged) =>
        Assert.Equal(flagged ? new[] { "reviews:2" } : [], new TestReturn().Review(dob: "15/06/2020", review: review, reviewCode: code).Flagged(new Rule441()));

    [Fact]
    public void Unknown_dates_are_left_alone() =>
        Assert.Empty(new TestReturn().Review(dob: "15/06/2020", review: null, reviewCode: "PN1").Run(new Rule441()));
}
