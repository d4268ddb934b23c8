using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule303Tests
{
    [Fact]
    public void Is_listed_as_needing_the_headers_uasc_status_and_does_not_run()
    {
        var rule = new Rule303();
        Assert.Contains("UASC", rule.NeedsData);
        Assert.Empty(new TestReturn().Header().Uasc().Run(rule));
    }
}
