using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule582Tests
{
    private static readonly Rule582 Rule = new();

    [Fact]
    public void An_adoption_on_the_day_of_matching_is_queried_on_the_episode()
    {
        var submission = new TestReturn()
            .Episode(place: "A3", dec: "01/09/2024", rec: "E11")
            .Ad1(dateMatch: "01/09/2024", lsAdoptr: "L11");
        Assert.Equal(["episodes:2:DEC"], submission.Found(Rule));
        Assert.True(Rule.IsQuery);
    }

    [Theory]
    [InlineData("31/08/2024", "E11")]
    [InlineData("01/09/2024", "E13")]
    [InlineData(null, "E11")]
    public void Edges_are_not_flagged(string? match, string rec) =>
        Assert.Empty(new TestReturn().Episode(place: "A3", dec: "01/09/2024", rec: rec).Ad1(dateMatch: match, lsAdoptr: "L11").Found(Rule));
}
