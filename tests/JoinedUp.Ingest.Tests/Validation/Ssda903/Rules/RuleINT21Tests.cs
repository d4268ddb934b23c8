using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleINT21Tests
{
    private static readonly RuleINT21 Rule = new();

    [Theory]
    [InlineData("M", "M", false)]
    [InlineData("M", "F", true)]
    [InlineData("M", null, false)]
    [InlineData(null, "F", false)]
    public void Uasc_sex_must_match_the_header(string? header, string? uasc, bool flagged)
    {
        var submission = new TestReturn().Header(child: "A", sex: "F").Uasc(child: "A", sex: "F").Header(child: "B", sex: header).Uasc(child: "B", sex: uasc);
        Assert.Equal(flagged ? ["uasc:3"] : [], submission.Flagged(Rule));
    }
}
