using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule205CTests
{
    [Fact]
    public void Is_listed_as_needing_the_headers_uasc_status_and_does_not_run()
    {
        var rule = new Rule205C();
        Assert.Contains("UASC", rule.NeedsData);
        var last = new TestReturn(2024).Header().Uasc(duc: "01/01/2030");
        Assert.Empty(new TestReturn().Header().Uasc(duc: "01/01/2030").WithPrevious(last).Run(rule));
    }
}
