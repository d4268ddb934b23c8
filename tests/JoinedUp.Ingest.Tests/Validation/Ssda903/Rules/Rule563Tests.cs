using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule563Tests
{
    private static readonly Rule563 Rule = new();

    [Fact]
    public void A_ceased_decision_without_its_date_is_flagged()
    {
        var submission = new TestReturn()
            .PlacedForAdoption(datePlaced: null, datePlacedCeased: "01/10/2024", reasonPlacedCeased: "RD2")
            .PlacedForAdoption(child: "C2", datePlacedCeased: "01/10/2024", reasonPlacedCeased: "RD2");
        Assert.Equal(["placed_for_adoption:2:DATE_PLACED"], submission.Found(Rule));
    }

    [Theory]
    [InlineData(null, "RD2")] // only the reason: rule 119's
    [InlineData("01/10/2024", null)] // only the date: rule 119's
    [InlineData(null, null)]
    public void Without_both_ceased_items_it_is_not_flagged(string? ceased, string? reason) =>
        Assert.Empty(new TestReturn().PlacedForAdoption(datePlaced: null, datePlacedCeased: ceased, reasonPlacedCeased: reason).Found(Rule));
}
