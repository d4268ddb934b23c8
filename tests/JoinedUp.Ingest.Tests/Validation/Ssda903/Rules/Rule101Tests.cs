using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule101Tests
{
    private static readonly Rule101 Rule = new();

    [Theory]
    [InlineData(2024, "1", false)]
    [InlineData(2024, "2", false)]
    [InlineData(2024, "M", true)]
    [InlineData(2024, "F", true)]
    [InlineData(2024, "U", true)]
    [InlineData(2024, "3", true)]
    [InlineData(2024, null, true)]
    [InlineData(2025, "M", false)]
    [InlineData(2025, "F", false)]
    [InlineData(2025, "U", false)]
    [InlineData(2025, "1", true)]
    [InlineData(2025, "2", true)]
    [InlineData(2025, "m", true)]
    [InlineData(2025, "X", true)]
    [InlineData(2025, null, true)]
    [InlineData(2026, "F", false)]
    [InlineData(2026, "2", true)]
    public void Sex_must_be_a_code_of_the_returns_year(int year, string? sex, bool flagged)
    {
        var submission = new TestReturn(year).Header(child: "A", sex: year >= 2025 ? "M" : "1").Header(child: "B", sex: sex);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
        if (flagged) Assert.Equal("SEX", Assert.Single(submission.Run(Rule)).Field);
    }

    [Fact]
    public void The_message_names_the_years_codes()
    {
        var issue = Assert.Single(new TestReturn(2025).Header(sex: "1").Run(Rule));
        Assert.Contains("M, F or U", issue.Message);
        Assert.Contains("2024/25", issue.Message);
    }
}
