using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule214Tests
{
    private static readonly Rule214 Rule = new();

    [Fact]
    public void A_short_break_with_a_postcode_or_urn_is_flagged_on_the_field_given()
    {
        var issues = new TestReturn().Header()
            .Episode(ls: "V3", plPost: "N2 2BB", urn: null)
            .Episode(decom: "01/06/2024", ls: "V4", plPost: null, urn: "SC123456")
            .Run(Rule);
        Assert.Equal(new[] { (2, "PL_POST"), (3, "URN") }, issues.Select(i => (i.Row!.Value, i.Field!)));
    }

    [Fact]
    public void A_short_break_without_either_or_another_legal_status_with_both_is_not_flagged() =>
        Assert.Empty(new TestReturn().Header()
            .Episode(ls: "V3", plPost: null, urn: null)
            .Episode(decom: "01/06/2024", ls: "V2").Run(Rule));
}
