using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule442Tests
{
    [Fact]
    public void Rule_442_flags_a_blank_UPN_unless_every_episode_is_a_short_break()
    {
        var rule = new Rule442();
        Assert.Equal(["header:2"], new TestReturn().Header(upn: null).Episode(ls: "C2").Episode(ls: "C2").Flagged(rule));
        Assert.Empty(new TestReturn().Header(upn: null).Episode(ls: "V3").Run(rule));
        Assert.Empty(new TestReturn().Header(upn: "UN1").Episode().Run(rule));
        Assert.Empty(new TestReturn().Header(upn: null).Run(rule));
    }
}
