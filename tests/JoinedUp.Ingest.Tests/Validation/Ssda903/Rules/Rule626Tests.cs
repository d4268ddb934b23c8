using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule626Tests
{
    private static readonly Rule626 Rule = new();

    [Theory]
    [InlineData("1", "04/01/2024", "0", true)] // born before 01/04/2024 but not a mother last year
    [InlineData("1", "31/03/2024", "0", true)]
    [InlineData("1", "01/04/2024", "0", false)] // born in this collection year
    [InlineData("1", "04/01/2024", "1", false)]
    [InlineData("1", "04/01/2024", null, false)]
    [InlineData("0", "04/01/2024", "0", false)]
    [InlineData("1", null, "0", false)]
    public void A_new_mother_whose_child_was_born_before_the_year_contradicts_last_year(string mother, string? mcDob, string? motherBefore, bool flagged)
    {
        var last = new TestReturn(2024).Header(child: "A").Header(child: "B", sex: "2", mother: motherBefore);
        var submission = new TestReturn(2025).Header(child: "A").Header(child: "B", sex: "F", mother: mother, mcDob: mcDob).WithPrevious(last);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
    }

    [Fact]
    public void Reports_nothing_when_last_years_return_came_from_the_store_which_holds_no_mother_field()
    {
        var last = new TestReturn(2024).Header(sex: "2", mother: "0");
        Assert.Empty(new TestReturn(2025).Header(sex: "F", mother: "1", mcDob: "04/01/2024").WithPrevious(last, fromStore: true).Run(Rule));
    }
}
