using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule1008Tests
{
    private static readonly Rule1008 Rule = new();

    [Theory]
    [InlineData("2345")]
    [InlineData("5b67891")]
    [InlineData("XXXXXX")]
    [InlineData("SC12345")]
    [InlineData("SC12345678")]
    [InlineData("ABC123456")]
    [InlineData("SC 123456")]
    public void A_URN_not_in_the_form_of_an_Ofsted_URN_is_flagged_without_quoting_it(string urn)
    {
        var issue = Assert.Single(new TestReturn().Header().Episode(urn: urn).Run(Rule));
        Assert.Equal(("1008", 2, "URN"), (issue.RuleCode, issue.Row, issue.Field));
        Assert.Contains("form only", issue.Message);
        var other = Assert.Single(new TestReturn().Header().Episode(urn: "QQ").Run(Rule));
        Assert.Equal(other.Message, issue.Message); // the same words whatever was written: the value is never quoted
    }

    [Theory]
    [InlineData("SC123456")]
    [InlineData("EY123456")]
    [InlineData("1234567")]
    [InlineData("123456")]
    [InlineData("XXXXXXX")]
    [InlineData(null)]
    public void Well_formed_URNs_the_placeholder_and_blanks_are_not_flagged(string? urn)
    {
        Assert.Empty(new TestReturn().Header().Episode(urn: urn).Run(Rule));
    }

    [Fact]
    public void The_rule_runs_though_Ofsteds_register_is_not_held()
    {
        Assert.Null(Rule.NeedsData);
    }
}
