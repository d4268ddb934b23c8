using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule624Tests
{
    private static readonly Rule624 Rule = new();

    [Theory]
    [InlineData("01/06/2020", "01/06/2020", false)]
    [InlineData("08/09/2020", "10/09/2020", true)]
    [InlineData(null, "01/06/2019", true)]
    [InlineData("01/02/2020", null, false)] // no date last year
    [InlineData(null, null, false)]
    public void Mothers_child_dob_must_agree_with_last_years(string? now, string? before, bool flagged)
    {
        var last = new TestReturn(2024).Header(child: "A").Header(child: "B", sex: "2", mother: before is null ? "0" : "1", mcDob: before);
        var submission = new TestReturn(2025).Header(child: "A").Header(child: "B", sex: "F", mother: now is null ? "0" : "1", mcDob: now).WithPrevious(last);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
    }

    [Fact]
    public void Reports_nothing_when_last_years_return_came_from_the_store_which_holds_no_mc_dob()
    {
        var last = new TestReturn(2024).Header(sex: "2", mother: "1", mcDob: "10/09/2020");
        Assert.Empty(new TestReturn(2025).Header(sex: "F", mother: "1", mcDob: "08/09/2020").WithPrevious(last, fromStore: true).Run(Rule));
    }
}
