using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule377Tests
{
    private static readonly Rule377 Rule = new();

    [Fact]
    public void A_third_T3_placement_flags_every_T3_episode() =>
        Assert.Equal(new[] { "episodes:2", "episodes:4", "episodes:6" }, new TestReturn().Header()
            .Episode(decom: "01/05/2024", place: "T3", rne: "P", dec: "08/05/2024", rec: "X1")
            .Episode(decom: "08/05/2024", rne: "P", dec: "01/07/2024", rec: "X1")
            .Episode(decom: "01/07/2024", place: "T3", rne: "P", dec: "08/07/2024", rec: "X1")
            .Episode(decom: "08/07/2024", rne: "P", dec: "01/09/2024", rec: "X1")
            .Episode(decom: "01/09/2024", place: "T3", rne: "P", dec: "08/09/2024", rec: "X1")
            .Episode(decom: "08/09/2024", rne: "P").Header(child: "C2").Episode(child: "C2", place: "T3").Flagged(Rule).Order());

    [Fact]
    public void Two_T3_placements_are_not_flagged() =>
        Assert.Empty(new TestReturn().Header()
            .Episode(decom: "01/05/2024", place: "T3", rne: "P", dec: "08/05/2024", rec: "X1")
            .Episode(decom: "08/05/2024", rne: "P", dec: "01/07/2024", rec: "X1")
            .Episode(decom: "01/07/2024", place: "T3", rne: "P", dec: "08/07/2024", rec: "X1")
            .Episode(decom: "08/07/2024", rne: "P", place: "T1").Run(Rule));
}
