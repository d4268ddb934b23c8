using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule525Tests
{
    private static readonly Rule525 Rule = new();

    [Fact]
    public void A_reversed_decision_beside_adoption_details_is_flagged_on_both_rows()
    {
        var submission = new TestReturn()
            .PlacedForAdoption(datePlaced: "01/04/2024", datePlacedCeased: "01/05/2024", reasonPlacedCeased: "RD1")
            .Ad1(dateInt: null, dateMatch: null, fosterCare: null, nbAdoptr: "1", sexAdoptr: null, lsAdoptr: null);
        Assert.Equal(["placed_for_adoption:2:DATE_PLACED_CEASED", "ad1:2:DATE_INT"], submission.Found(Rule));
    }

    [Fact]
    public void An_open_decision_or_a_blank_AD1_row_is_not_flagged()
    {
        var submission = new TestReturn()
            .PlacedForAdoption(child: "C1", datePlaced: "01/04/2024")
            .Ad1(child: "C1", lsAdoptr: "L11")
            .PlacedForAdoption(child: "C2", datePlaced: "01/04/2024", datePlacedCeased: "01/05/2024", reasonPlacedCeased: "RD1")
            .Ad1(child: "C2", dateInt: null, dateMatch: null, fosterCare: null, nbAdoptr: null, sexAdoptr: null, lsAdoptr: null);
        Assert.Empty(submission.Found(Rule));
    }
}
