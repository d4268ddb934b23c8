using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule345Tests
{
    [Theory]
    [InlineData("YES", "0", "U1", "ACTIV")]
    [InlineData("YES", "F1", "0", "ACCOM")]
    [InlineData("YES", "F1", "U1", null)]
    [InlineData("NO", "0", "0", null)]
    public void In_touch_needs_activity_and_accommodation_other_than_0(string inTouch, string activ, string accom, string? field)
    {
        var issues = new TestReturn().Oc3(inTouch: inTouch, activ: activ, accom: accom).Run(new Rule345());
        Assert.Equal(field is null ? [] : [(2, field)], issues.Select(i => (i.Row!.Value, i.Field!)));
    }
}
