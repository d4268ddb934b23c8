using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule359Tests
{
    private static readonly Rule359 Rule = new();

    [Fact]
    public void An_open_episode_past_the_18th_birthday_not_V2_in_K2_is_flagged()
    {
        var submission = new TestReturn()
            .Header(dob: "30/03/2007")
            .Episode(decom: "01/05/2024", ls: "C2", place: "U1", dec: "01/06/2024", rec: "E11")
            .Episode(decom: "01/06/2024", ls: "C2", place: "U1")
            .Episode(decom: "01/06/2024", ls: "V2", place: "K2")
            .Episode(decom: "01/06/2024", ls: "V2", place: "U1");

        Assert.Equal(["episodes:3", "episodes:5"], submission.Flagged(Rule));
    }

    [Theory]
    [InlineData("31/03/2007")] // 18 on 31 March: not before the year's end
    [InlineData("01/04/2007")]
    public void A_child_not_18_before_31_March_is_not_flagged(string dob) =>
        Assert.Empty(new TestReturn().Header(dob: dob).Episode(ls: "C2", place: "U1").Run(Rule));
}
