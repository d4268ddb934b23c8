using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule151Tests
{
    private static readonly Rule151 Rule = new();

    [Fact]
    public void Some_items_given_and_some_blank_is_flagged_on_the_first_blank_item_naming_all()
    {
        var submission = new TestReturn()
            .Ad1(lsAdoptr: "L11")
            .Ad1(child: "C2", dateInt: "01/06/2024", dateMatch: null, fosterCare: null, nbAdoptr: null, sexAdoptr: "MF", lsAdoptr: null);

        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("151", "ad1", 3, "DATE_MATCH"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
        Assert.Contains("DATE_MATCH, FOSTER_CARE, NB_ADOPTR, LS_ADOPTR are blank", issue.Message);
    }

    [Fact]
    public void One_item_given_alone_is_flagged()
    {
        var submission = new TestReturn().Ad1(dateInt: null, dateMatch: null, fosterCare: "1", nbAdoptr: null, sexAdoptr: null, lsAdoptr: null);
        Assert.Equal(["ad1:2:DATE_INT"], submission.Found(Rule));
    }

    [Fact]
    public void All_given_or_all_blank_is_not_flagged()
    {
        var submission = new TestReturn()
            .Ad1(lsAdoptr: "L11")
            .Ad1(child: "C2", dateInt: null, dateMatch: null, fosterCare: null, nbAdoptr: null, sexAdoptr: null, lsAdoptr: null);
        Assert.Empty(submission.Found(Rule));
    }
}
