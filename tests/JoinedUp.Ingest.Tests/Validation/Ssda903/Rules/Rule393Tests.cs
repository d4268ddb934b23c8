using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule393Tests
{
    [Fact]
    public void Rule_393_flags_a_girl_with_blank_MOTHER_unless_every_episode_is_a_short_break()
    {
        var rule = new Rule393();
        var flagged = Assert.Single(new TestReturn().Header(sex: "2", mother: null).Episode(ls: "V4").Episode(ls: "C2").Run(rule));
        Assert.Equal(("393", "header", 2, "MOTHER"), (flagged.RuleCode, flagged.Table, flagged.Row, flagged.Field));
        Assert.Empty(new TestReturn().Header(sex: "2", mother: null).Episode(ls: "V3").Episode(ls: "V4").Run(rule));
        Assert.Empty(new TestReturn().Header(sex: "2", mother: "0").Episode().Run(rule));
        Assert.Empty(new TestReturn().Header(sex: "1", mother: null).Episode().Run(rule));
        Assert.Empty(new TestReturn().Header(sex: "2", mother: null).Run(rule));
    }
}
