using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule102Tests
{
    private static readonly Rule102 Rule = new();

    [Theory]
    [InlineData("01/01/2012", false)]
    [InlineData("29/02/2012", false)]
    [InlineData("29/02/2013", true)]
    [InlineData("38/04/2019", true)]
    [InlineData("01/01/19", true)]
    [InlineData(null, true)]
    public void Dob_must_be_a_valid_date(string? dob, bool flagged)
    {
        var submission = new TestReturn().Header(child: "A").Header(child: "B", dob: dob);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
    }
}
