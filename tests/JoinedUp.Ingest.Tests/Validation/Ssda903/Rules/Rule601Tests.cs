using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule601Tests
{
    private static readonly Rule601 Rule = new();

    [Fact]
    public void An_adoption_this_year_with_an_incomplete_AD1_row_is_flagged_on_both_rows()
    {
        var submission = new TestReturn()
            .Episode(place: "A3", dec: "31/03/2025", rec: "E12")
            .Ad1(sexAdoptr: "MF", lsAdoptr: null);
        Assert.Equal(["episodes:2:REC", "ad1:2:LS_ADOPTR"], submission.Found(Rule));
    }

    [Fact]
    public void An_adoption_this_year_with_no_AD1_row_is_flagged_when_the_table_was_supplied()
    {
        var submission = new TestReturn().Episode(place: "A3", dec: "01/04/2024", rec: "E11").Supplied(Ssda903Tables.Ad1);
        Assert.Equal(["episodes:2:REC"], submission.Found(Rule));
        Assert.Empty(new TestReturn().Episode(place: "A3", dec: "01/04/2024", rec: "E11").Found(Rule));
    }

    [Theory]
    [InlineData("31/03/2024", "E11")] // adopted last year
    [InlineData("01/04/2025", "E11")] // after this year
    [InlineData("01/09/2024", "E13")] // not adopted
    public void Edges_are_not_flagged(string dec, string rec)
    {
        var submission = new TestReturn().Episode(decom: "01/01/2024", place: "A3", dec: dec, rec: rec).Supplied(Ssda903Tables.Ad1);
        Assert.Empty(submission.Found(Rule));
    }

    [Fact]
    public void A_complete_AD1_row_is_not_flagged() =>
        Assert.Empty(new TestReturn().Episode(place: "A3", dec: "01/09/2024", rec: "E11").Ad1(lsAdoptr: "L11").Found(Rule));
}
