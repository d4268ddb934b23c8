using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule1015Tests
{
    [Fact]
    public void The_rule_is_listed_as_needing_the_postcode_directory_and_finds_nothing()
    {
        var rule = new Rule1015();
        Assert.Contains("postcode", rule.NeedsData);
        Assert.Empty(new TestReturn().Header().Episode(place: "K2", placeProvider: "PR1").Run(rule));
    }
}
