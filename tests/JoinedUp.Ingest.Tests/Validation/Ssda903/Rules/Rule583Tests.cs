using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule583Tests
{
    private static readonly Rule583 Rule = new();

    [Fact]
    public void Every_earlier_open_decision_is_flagged_by_date_not_file_order()
    {
        var submission = new TestReturn()
            .PlacedForAdoption(datePlaced: "01/12/2024")
            .PlacedForAdoption(datePlaced: "01/05/2024")
            .PlacedForAdoption(datePlaced: "01/02/2024", datePlacedCeased: "01/04/2024", reasonPlacedCeased: "RD1")
            .PlacedForAdoption(datePlaced: "01/08/2024");
        Assert.Equal(["placed_for_adoption:3:DATE_PLACED_CEASED", "placed_for_adoption:5:DATE_PLACED_CEASED"], submission.Found(Rule));
    }

    [Fact]
    public void The_latest_decision_may_be_open()
    {
        var submission = new TestReturn()
            .PlacedForAdoption(datePlaced: "01/05/2024", datePlacedCeased: "01/08/2024", reasonPlacedCeased: "RD1")
            .PlacedForAdoption(datePlaced: "01/09/2024")
            .PlacedForAdoption(child: "C2", datePlaced: "01/05/2024");
        Assert.Empty(submission.Found(Rule));
    }
}
