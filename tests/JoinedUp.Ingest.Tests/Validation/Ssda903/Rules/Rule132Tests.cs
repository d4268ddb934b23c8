using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule132Tests
{
    [Theory]
    [InlineData("f1", true)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("G6", false)]
    [InlineData(null, false)]
    public void An_activity_not_on_the_list_is_flagged(string? value, bool flagged)
    {
        var issues = new TestReturn().Oc3(activ: value, accom: "U1").Run(new Rule132());
        Assert.Equal(flagged ? [(2, "ACTIV")] : [], issues.Select(i => (i.Row!.Value, i.Field!)));
    }
}
