using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule184Tests
{
    private static readonly Rule184 Rule = new();

    [Fact]
    public void A_decision_before_the_child_was_born_is_flagged_without_quoting_the_date_of_birth()
    {
        var submission = new TestReturn().Header(dob: "15/03/2024").PlacedForAdoption(dob: "15/03/2024", datePlaced: "14/03/2024");
        var issue = Assert.Single(submission.Run(Rule));
        Assert.Equal(("placed_for_adoption", 2, "DATE_PLACED"), (issue.Table, issue.Row, issue.Field));
        Assert.DoesNotContain("15/03/2024", issue.Message);
    }

    [Theory]
    [InlineData("15/03/2024")] // the day of birth
    [InlineData("16/03/2024")]
    [InlineData(null)]
    public void A_decision_on_or_after_birth_is_not_flagged(string? datePlaced) =>
        Assert.Empty(new TestReturn().Header(dob: "15/03/2024").PlacedForAdoption(datePlaced: datePlaced).Found(Rule));

    [Fact]
    public void A_child_with_no_header_date_of_birth_is_not_checked() =>
        Assert.Empty(new TestReturn().Header(dob: null).PlacedForAdoption(datePlaced: "01/01/1900").Found(Rule));
}
