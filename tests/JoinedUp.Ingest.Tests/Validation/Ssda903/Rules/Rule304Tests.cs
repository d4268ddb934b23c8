using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule304Tests
{
    private static readonly Rule304 Rule = new();

    [Theory]
    [InlineData("01/06/2007", "02/06/2025", true)]
    [InlineData("01/06/2007", "01/06/2025", false)] // the 18th birthday itself
    [InlineData("01/06/2007", "01/06/2024", false)]
    [InlineData("01/06/2007", null, false)]
    [InlineData(null, "05/06/2025", false)]
    public void Uasc_status_must_cease_by_the_18th_birthday(string? dob, string? duc, bool flagged)
    {
        var submission = new TestReturn().Uasc(child: "A", dob: "01/06/2010", duc: "01/06/2028").Uasc(child: "B", dob: dob, duc: duc);
        Assert.Equal(flagged ? ["uasc:3"] : [], submission.Flagged(Rule));
    }
}
