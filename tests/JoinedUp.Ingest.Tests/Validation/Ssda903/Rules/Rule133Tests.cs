using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule133Tests
{
    [Theory]
    [InlineData("X", true)]
    [InlineData("s2", true)]
    [InlineData("S1", true)]
    [InlineData("S2", false)]
    [InlineData("Z1", false)]
    [InlineData("0", false)]
    [InlineData(null, false)]
    public void An_accommodation_not_on_the_list_is_flagged(string? value, bool flagged)
    {
        var issues = new TestReturn().Oc3(accom: value).Run(new Rule133());
        Assert.Equal(flagged ? [(2, "ACCOM")] : [], issues.Select(i => (i.Row!.Value, i.Field!)));
    }
}
