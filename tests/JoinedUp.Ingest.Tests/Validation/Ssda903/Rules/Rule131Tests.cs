using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule131Tests
{
    [Theory]
    [InlineData("yes", true)]
    [InlineData("REFUSE", true)]
    [InlineData("REFU", false)]
    [InlineData(null, false)] // blank: rule 153's
    public void An_in_touch_value_not_on_the_list_is_flagged(string? value, bool flagged)
    {
        var issues = new TestReturn().Oc3(inTouch: value, activ: "F1", accom: "U1").Run(new Rule131());
        Assert.Equal(flagged ? [("oc3", 2, "IN_TOUCH")] : [], issues.Select(i => (i.Table, i.Row!.Value, i.Field!)));
    }
}
