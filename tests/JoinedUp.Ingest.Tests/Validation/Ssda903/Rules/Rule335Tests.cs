using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule335Tests
{
    private static readonly Rule335 Rule = new();

    [Theory]
    [InlineData("A3", "0")]
    [InlineData("A5", "0")]
    [InlineData("A4", "1")]
    [InlineData("A6", "1")]
    public void A_foster_care_answer_against_the_adoptive_placement_is_flagged_on_both_rows(string place, string fosterCare)
    {
        var submission = new TestReturn()
            .Episode(place: place, dec: "01/12/2024", rec: "E12")
            .Ad1(fosterCare: fosterCare, lsAdoptr: "L11");
        Assert.Equal(["episodes:2:PLACE", "ad1:2:FOSTER_CARE"], submission.Found(Rule));
    }

    [Theory]
    [InlineData("A3", "1", "E11")]
    [InlineData("A6", "0", "E11")]
    [InlineData("A3", "0", "E13")] // not adopted
    [InlineData("A3", "0", "X1")]
    [InlineData("U1", "1", "E11")]
    [InlineData("A5", null, "E11")]
    public void Agreeing_or_other_episodes_are_not_flagged(string place, string? fosterCare, string rec)
    {
        var submission = new TestReturn().Episode(place: place, dec: "01/12/2024", rec: rec).Ad1(fosterCare: fosterCare, lsAdoptr: "L11");
        Assert.Empty(submission.Found(Rule));
    }
}
