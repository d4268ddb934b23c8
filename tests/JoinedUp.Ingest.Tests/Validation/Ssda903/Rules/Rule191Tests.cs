using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule191Tests
{
    private static readonly Rule191 Rule = new();

    [Fact]
    public void A_health_item_blank_for_a_child_looked_after_all_year_is_flagged_on_the_first_blank()
    {
        var submission = new TestReturn().Header().Episode(decom: "01/01/2023").Oc2(healthAssessment: null, substanceMisuse: null);
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("191", "oc2", 2, "HEALTH_ASSESSMENT"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Fact]
    public void A_child_looked_after_all_year_with_no_OC2_row_is_flagged_on_the_first_episode()
    {
        var submission = new TestReturn().Header().Header(child: "C2")
            .Episode(decom: "01/09/2024", rne: "P")
            .Episode(decom: "01/01/2023", dec: "01/09/2024", rec: "X1")
            .Episode(child: "C2", decom: "01/01/2023")
            .Oc2(child: "C2");
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("191", "episodes", 3, "CHILD"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
    }

    [Fact]
    public void Children_not_looked_after_all_year_or_with_all_four_or_without_an_OC2_table_are_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/01/2023").Oc2().Run(Rule));
        Assert.Empty(new TestReturn().Header().Episode(decom: "02/04/2024").Oc2(teethCheck: null).Run(Rule));
        Assert.Empty(new TestReturn().Header().Episode(decom: "02/04/2024").Supplied(Ssda903Tables.Oc2).Run(Rule));
        Assert.Empty(new TestReturn().Header().Episode(decom: "01/01/2023").Run(Rule)); // OC2 not supplied at all
        var leftOn31March = new TestReturn().Header().Episode(decom: "01/01/2023", dec: "31/03/2025", rec: "E13").Supplied(Ssda903Tables.Oc2);
        Assert.Empty(leftOn31March.Run(Rule));
    }
}
