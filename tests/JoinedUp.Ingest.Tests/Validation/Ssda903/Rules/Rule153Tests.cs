using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule153Tests
{
    [Theory]
    [InlineData("YES", "F1", null, "ACCOM")]
    [InlineData(null, "F1", "U1", "IN_TOUCH")]
    [InlineData("YES", null, null, "ACTIV")]
    [InlineData("YES", "F1", "U1", null)]
    [InlineData(null, null, null, null)]
    public void Partly_given_information_is_flagged_on_the_first_blank(string? inTouch, string? activ, string? accom, string? field)
    {
        var issues = new TestReturn().Oc3(inTouch: inTouch, activ: activ, accom: accom).Run(new Rule153());
        Assert.Equal(field is null ? [] : [(2, field)], issues.Select(i => (i.Row!.Value, i.Field!)));
    }
}
