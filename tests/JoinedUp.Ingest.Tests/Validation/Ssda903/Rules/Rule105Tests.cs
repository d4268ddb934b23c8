using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule105Tests
{
    [Fact]
    public void Is_listed_as_needing_the_headers_uasc_status_and_does_not_run()
    {
        var rule = new Rule105();
        Assert.Contains("UASC", rule.NeedsData);
        Assert.Contains(Ssda903RuleSet.For(2025), r => r.Code == "105");
        Assert.Empty(new TestReturn().Header().Run(rule));
    }
}
