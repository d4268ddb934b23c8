using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule635Tests
{
    [Theory]
    [InlineData(null, "302", null, true)]
    [InlineData(null, null, "01/01/2020", true)]
    [InlineData("Z1", "302", "01/01/2020", true)]
    [InlineData("P1", "302", "01/01/2020", false)]
    [InlineData("Z1", null, null, false)]
    [InlineData(null, null, null, false)]
    public void An_order_date_or_la_without_a_known_option_is_flagged(string? option, string? la, string? date, bool flagged)
    {
        var issues = new TestReturn().Header().PreviousPermanence(prevPerm: option, laPerm: la, datePerm: date).Run(new Rule635());
        Assert.Equal(flagged ? [(2, "PREV_PERM")] : [], issues.Select(i => (i.Row!.Value, i.Field!)));
    }
}
