using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;


public sealed class Rule630Tests
{
    private static readonly Rule630 Rule = new();

    [Fact]
    public void A_child_starting_care_this_year_needs_complete_previous_permanence()
    {
        // No row at all.
        Assert.Equal(["episodes:2"], new TestReturn().Header().Episode(decom: "01/04/2024", rne: "S").Supplied(Ssda903Tables.PreviousPermanence).Flagged(Rule));
        // Option blank.
        Assert.Equal(["episodes:2"], new TestReturn().Header().Episode(rne: "S").PreviousPermanence(prevPerm: null).Flagged(Rule));
        // An order without its LA or date.
        var issue = Assert.Single(new TestReturn().Header().Episode(rne: "S").PreviousPermanence(prevPerm: "P2", laPerm: "302").Run(Rule));
        Assert.Equal(("episodes", 2, "RNE"), (issue.Table, issue.Row!.Value, issue.Field));
    }

    [Fact]
    public void Edges_are_not_flagged()
    {
        Assert.Empty(new TestReturn().Header().Episode(rne: "S").PreviousPermanence(prevPerm: "Z1").Run(Rule));
        Assert.Empty(new TestReturn().Header().Episode(rne: "S").PreviousPermanence(prevPerm: "P1", laPerm: "302", datePerm: "zz/zz/2019").Run(Rule));
        // Began before 1 April.
        Assert.Empty(new TestReturn().Header().Episode(decom: "31/03/2024", rne: "S").Supplied(Ssda903Tables.PreviousPermanence).Run(Rule));
        // Not a new period of care.
        Assert.Empty(new TestReturn().Header().Episode(rne: "P").Supplied(Ssda903Tables.PreviousPermanence).Run(Rule));
        // PrevPerm not part of the submission.
        Assert.Empty(new TestReturn().Header().Episode(rne: "S").Run(Rule));
    }
}
