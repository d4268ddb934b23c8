using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule179Tests
{
    private static readonly Rule179 Rule = new();

    [Fact]
    public void A_blank_placement_postcode_is_flagged_unless_a_short_break()
    {
        var submission = new TestReturn().Header()
            .Episode(plPost: null, ls: "C2")
            .Episode(decom: "01/06/2024", plPost: null, ls: "V3")
            .Episode(decom: "01/07/2024", plPost: null, ls: "V4")
            .Episode(decom: "01/08/2024", plPost: "N2 2BB", ls: "C2");
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("179", 2, "PL_POST"), (issue.RuleCode, issue.Row, issue.Field));
    }
}
