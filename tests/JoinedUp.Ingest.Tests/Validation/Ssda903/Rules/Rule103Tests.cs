using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule103Tests
{
    private static readonly Rule103 Rule = new();

    [Theory]
    [InlineData("WBRI", false)]
    [InlineData("NOBT", false)]
    [InlineData("wbri", true)]
    [InlineData("White British", true)]
    [InlineData(null, true)]
    public void Ethnicity_must_be_a_dfe_code(string? ethnic, bool flagged)
    {
        var submission = new TestReturn().Header(child: "A").Header(child: "B", ethnic: ethnic);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
    }
}
