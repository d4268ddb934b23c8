using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule523Tests
{
    private static readonly Rule523 Rule = new();

    [Fact]
    public void A_decision_date_unlike_the_best_interests_date_is_flagged_on_both_rows()
    {
        var submission = new TestReturn()
            .PlacedForAdoption(datePlaced: "01/04/2024", datePlacedCeased: "01/05/2024", reasonPlacedCeased: "RD1")
            .PlacedForAdoption(datePlaced: "02/06/2024")
            .Ad1(dateInt: "01/06/2024", lsAdoptr: "L11");
        Assert.Equal(["placed_for_adoption:3:DATE_PLACED", "ad1:2:DATE_INT"], submission.Found(Rule));
    }

    [Fact]
    public void A_matching_decision_or_a_blank_date_is_not_flagged()
    {
        var submission = new TestReturn()
            .PlacedForAdoption(child: "C1", datePlaced: "01/04/2024", datePlacedCeased: "01/05/2024", reasonPlacedCeased: "RD1")
            .PlacedForAdoption(child: "C1", datePlaced: "01/06/2024")
            .Ad1(child: "C1", dateInt: "01/06/2024", lsAdoptr: "L11")
            .PlacedForAdoption(child: "C2", datePlaced: "01/06/2024")
            .Ad1(child: "C2", dateInt: null, lsAdoptr: "L11")
            .Ad1(child: "C3", dateInt: "01/06/2024", lsAdoptr: "L11");
        Assert.Empty(submission.Found(Rule));
    }
}
