using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

/// <summary>393 (MOTHER for a looked-after girl), 442 (UPN for a looked-after child), 607 (MOTHER for a girl who left care in the year).</summary>
public sealed class MotherAndUpnRuleTests
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

    [Fact]
    public void Rule_442_flags_a_blank_UPN_unless_every_episode_is_a_short_break()
    {
        var rule = new Rule442();
        Assert.Equal(["header:2"], new TestReturn().Header(upn: null).Episode(ls: "C2").Episode(ls: "C2").Flagged(rule));
        Assert.Empty(new TestReturn().Header(upn: null).Episode(ls: "V3").Run(rule));
        Assert.Empty(new TestReturn().Header(upn: "UN1").Episode().Run(rule));
        Assert.Empty(new TestReturn().Header(upn: null).Run(rule));
    }

    [Theory]
    [InlineData("01/04/2024", "E11", "C2", "2", null, true)] // first day of the year
    [InlineData("31/03/2025", "E4A", "C2", "2", null, true)] // last day of the year
    [InlineData("31/03/2024", "E11", "C2", "2", null, false)] // left care the year before
    [InlineData("01/06/2024", "X1", "C2", "2", null, false)] // X1: not ceasing care
    [InlineData("01/06/2024", "E11", "V3", "2", null, false)]
    [InlineData("01/06/2024", "E11", "C2", "1", null, false)]
    [InlineData("01/06/2024", "E11", "C2", "2", "0", false)]
    public void Rule_607_flags_a_girl_who_ceased_care_in_the_year_with_blank_MOTHER(string dec, string rec, string ls, string sex, string? mother, bool flagged)
    {
        var submission = new TestReturn().Header(sex: sex, mother: mother).Episode(decom: "01/01/2024", ls: ls, dec: dec, rec: rec).Episode(decom: "01/01/2024", ls: ls, dec: dec, rec: rec);
        Assert.Equal(flagged ? new[] { "header:2" } : [], submission.Flagged(new Rule607()));
    }
}
