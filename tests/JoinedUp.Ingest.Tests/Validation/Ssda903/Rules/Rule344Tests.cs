using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule344Tests
{
    [Theory]
    [InlineData("DIED", "F1", "0", "ACTIV")]
    [InlineData("RHOM", "0", "U1", "ACCOM")]
    [InlineData("RHOM", "0", null, "ACCOM")]
    [InlineData("DIED", "0", "0", null)]
    [InlineData("YES", "F1", "U1", null)]
    public void Died_or_returned_home_needs_activity_and_accommodation_0(string inTouch, string? activ, string? accom, string? field)
    {
        var issues = new TestReturn().Oc3(inTouch: inTouch, activ: activ, accom: accom).Run(new Rule344());
        Assert.Equal(field is null ? [] : [(2, field)], issues.Select(i => (i.Row!.Value, i.Field!)));
    }
}
