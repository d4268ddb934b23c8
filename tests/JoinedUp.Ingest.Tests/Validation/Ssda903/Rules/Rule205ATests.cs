using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule205ATests
{
    private static readonly Rule205A Rule = new();

    // Last year is 2023/24: 01/04/2023 to 31/03/2024.
    [Theory]
    [InlineData("01/04/2023", false)]
    [InlineData("20/01/2024", false)]
    [InlineData("31/03/2024", false)]
    [InlineData("31/03/2023", true)]
    [InlineData("01/04/2024", true)]
    [InlineData("14/05/2025", true)]
    [InlineData(null, true)]
    public void Uasc_last_year_and_not_now_needs_last_years_duc_within_last_year(string? ducBefore, bool flagged)
    {
        var last = new TestReturn(2024).Header(child: "A").Header(child: "B").Uasc(child: "B", duc: ducBefore);
        var submission = new TestReturn(2025).Header(child: "A").Header(child: "B").Supplied(Ssda903Tables.Uasc).WithPrevious(last);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
        if (flagged) Assert.Contains("the 2023/24 return", submission.Run(Rule)[0].Message);
    }

    [Fact]
    public void Edges_are_not_flagged()
    {
        var last = new TestReturn(2024).Header().Uasc(duc: "10/07/2022");
        // still UASC this year: 205B's
        Assert.Empty(new TestReturn(2025).Header().Uasc(duc: "10/07/2025").WithPrevious(last).Run(Rule));
        // this year's return has no UASC table: nothing says the child is not UASC
        Assert.Empty(new TestReturn(2025).Header().WithPrevious(last).Run(Rule));
        // not UASC last year either
        var notBefore = new TestReturn(2024).Header().Supplied(Ssda903Tables.Uasc);
        Assert.Empty(new TestReturn(2025).Header().Supplied(Ssda903Tables.Uasc).WithPrevious(notBefore).Run(Rule));
    }
}
