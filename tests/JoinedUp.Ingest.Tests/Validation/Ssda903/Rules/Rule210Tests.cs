using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule210Tests
{
    private static readonly Rule210 Rule = new();

    [Fact]
    public void UN4_with_an_episode_from_24_March_is_flagged_on_the_header_once_and_each_such_episode()
    {
        var submission = new TestReturn()
            .Header(upn: "UN4")
            .Episode(decom: "23/03/2025", dec: "24/03/2025", rec: "E11")
            .Episode(decom: "24/03/2025", dec: "25/03/2025", rec: "E11")
            .Episode(decom: "31/03/2025");

        var issues = submission.Run(Rule);
        Assert.Equal(["header:2:UPN", "episodes:3:DECOM", "episodes:4:DECOM"], issues.Select(i => $"{i.Table}:{i.Row}:{i.Field}"));
    }

    [Fact]
    public void Not_flagged_before_24_March_with_another_UPN_or_in_the_year_of_the_return()
    {
        Assert.Empty(new TestReturn().Header(upn: "UN4").Episode(decom: "23/03/2025").Run(Rule));
        Assert.Empty(new TestReturn().Header(upn: "UN3").Episode(decom: "30/03/2025").Run(Rule));
        // 24 March 2024 is in the year before the 2024/25 collection's cut-off.
        Assert.Empty(new TestReturn().Header(upn: "UN4").Episode(decom: "24/03/2024").Run(Rule));
        Assert.Equal(["header:2", "episodes:2"], new TestReturn(2024).Header(upn: "UN4").Episode(decom: "24/03/2024").Flagged(Rule));
    }
}
