using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule351Tests
{
    private static readonly Rule351 Rule = new();

    // 2024/25 began on 01/04/2024: a child born before 01/04/1999 was over 25 then.
    [Theory]
    [InlineData("31/03/1999", true)]
    [InlineData("03/10/1995", true)]
    [InlineData("01/04/1999", false)] // 25 exactly
    [InlineData("01/01/2002", false)] // over 21 but not 25: JoinedUp's old meaning of 351 was wrong
    [InlineData(null, false)]
    public void A_child_over_25_at_the_year_start_is_flagged(string? dob, bool flagged)
    {
        var submission = new TestReturn().Header(child: "A").Header(child: "B", dob: dob);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
    }
}
