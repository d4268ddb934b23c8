using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule1001Tests
{
    private static readonly Rule1001 Rule = new();

    // Born 01/06/2007: 14 on 01/06/2021, 16 on 01/06/2023, 17 on 31/03/2025.
    private static TestReturn ThisYear() => new TestReturn().Header(dob: "01/06/2007");

    [Fact]
    public void Care_counted_across_both_returns_makes_a_former_relevant_child()
    {
        // Last year: 01/04/2023 to 01/06/2023 (61 days after 14, none after 16); this year: 31 more days.
        var lastYear = new TestReturn(2024).Header(dob: "01/06/2007").Episode(decom: "01/04/2023", dec: "01/06/2023", rec: "E13");
        var tooShort = ThisYear().Episode(decom: "01/04/2024", dec: "30/04/2024", rec: "E13").Oc3(dob: "01/06/2007", accom: "U1").WithPrevious(lastYear);
        var issue = Assert.Single(tooShort.Run(Rule));
        Assert.Equal(("oc3", 2, "IN_TOUCH"), (issue.Table, issue.Row!.Value, issue.Field));
        var enough = ThisYear().Episode(decom: "01/04/2024", dec: "01/05/2024", rec: "E13").Oc3(dob: "01/06/2007", accom: "U1").WithPrevious(lastYear);
        Assert.Empty(enough.Run(Rule));
    }

    [Fact]
    public void Adoption_or_only_short_breaks_are_flagged_and_an_open_final_episode_counts_to_31_March()
    {
        var lastYear = new TestReturn(2024).Header(dob: "01/06/2007");
        Assert.Single(ThisYear().Episode(decom: "01/04/2024", dec: "01/12/2024", rec: "E11").Oc3(dob: "01/06/2007", accom: "U1").WithPrevious(lastYear).Run(Rule));
        Assert.Single(ThisYear().Episode(decom: "01/04/2024", dec: "01/12/2024", ls: "V3", rec: "E13").Oc3(dob: "01/06/2007", accom: "U1").WithPrevious(lastYear).Run(Rule));
        Assert.Empty(ThisYear().Episode(decom: "01/12/2024").Oc3(dob: "01/06/2007", accom: "U1").WithPrevious(lastYear).Run(Rule));
        // A blank row is not flagged.
        Assert.Empty(ThisYear().Episode(decom: "01/03/2025", dec: "02/03/2025", rec: "E13").Oc3(dob: "01/06/2007", inTouch: null, activ: null, accom: null).WithPrevious(lastYear).Run(Rule));
    }
}
