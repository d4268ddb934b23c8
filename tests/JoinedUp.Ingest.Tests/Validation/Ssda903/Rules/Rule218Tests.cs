using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule218Tests
{
    private static readonly Rule218 Rule = new();

    [Theory]
    [InlineData(2025, "U1")]
    [InlineData(2025, "H5")]
    [InlineData(2026, "K2")]
    [InlineData(2024, "U4")]
    public void A_placement_needing_a_urn_without_one_is_flagged(int year, string place)
    {
        var decom = $"01/05/{year - 1}";
        var issue = Assert.Single(new TestReturn(year).Header().Episode(decom: decom, place: place, urn: null).Run(Rule));
        Assert.Equal(("218", 2, "URN"), (issue.RuleCode, issue.Row, issue.Field));
    }

    [Theory]
    [InlineData(2025, "P1")]
    [InlineData(2025, "R5")]
    [InlineData(2025, "T2")]
    [InlineData(2025, "Z1")]
    [InlineData(2024, "H5")] // 2023/24: H5 is rule 230's
    [InlineData(2024, "P2")]
    public void Exempt_placement_types_are_not_flagged(int year, string place) =>
        Assert.Empty(new TestReturn(year).Header().Episode(decom: $"01/05/{year - 1}", place: place, urn: null).Run(Rule));

    [Theory]
    [InlineData("V3")]
    [InlineData("V4")]
    public void A_short_break_without_a_urn_is_not_flagged_as_rule_214_wants_it_blank(string legalStatus) =>
        Assert.Empty(new TestReturn().Header().Episode(ls: legalStatus, place: "K2", urn: null).Flagged(Rule));

    [Fact]
    public void Episodes_ended_before_the_year_began_placements_outside_England_and_XXXXXXX_are_not_flagged()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/01/2024", dec: "31/03/2024", rec: "X1", urn: null) // ended the day before the year
            .Episode(decom: "01/04/2024", rne: "P", plPost: "EH1 1AA", urn: null) // Scotland
            .Episode(decom: "01/05/2024", rne: "P", plPost: "cf10 1aa", urn: null) // Wales
            .Episode(decom: "01/06/2024", rne: "P", plPost: "TD15 1AA", urn: null) // border area: may be England or Scotland
            .Episode(decom: "01/07/2024", rne: "P", urn: "XXXXXXX");
        Assert.Empty(submission.Run(Rule));
    }

    [Fact]
    public void An_episode_ending_on_the_first_day_of_the_year_and_an_unknown_or_blank_postcode_are_checked() =>
        Assert.Equal(new[] { "episodes:2", "episodes:3", "episodes:4" }, new TestReturn().Header()
            .Episode(decom: "01/01/2024", dec: "01/04/2024", rec: "X1", urn: null)
            .Episode(decom: "01/04/2024", rne: "P", plPost: null, urn: null, dec: "01/05/2024", rec: "X1")
            .Episode(decom: "01/05/2024", rne: "P", plPost: "GL1 1AA", urn: null).Flagged(Rule));
}
