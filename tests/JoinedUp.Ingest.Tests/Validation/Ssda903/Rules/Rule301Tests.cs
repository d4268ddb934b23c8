using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule301Tests
{
    private static readonly Rule301 Rule = new();

    [Theory]
    [InlineData("31/03/2025", false)] // born on the last day of 2024/25
    [InlineData("01/04/2025", true)]
    [InlineData("04/06/2026", true)]
    [InlineData(null, false)]
    public void Dob_after_the_year_end_is_flagged(string? dob, bool flagged)
    {
        var submission = new TestReturn().Header(child: "A").Header(child: "B", dob: dob);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
    }
}
