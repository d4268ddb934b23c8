using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule391Tests
{
    [Theory]
    [InlineData("01/04/2008", true)] // 16 on 31/03/2025
    [InlineData("31/03/2008", false)] // 17 on the last day
    [InlineData("01/01/2006", false)]
    public void Care_leaver_information_for_an_under_17_is_flagged(string dob, bool flagged)
    {
        var issues = new TestReturn().Oc3(dob: dob, accom: "U1").Run(new Rule391());
        Assert.Equal(flagged ? [(2, "IN_TOUCH")] : [], issues.Select(i => (i.Row!.Value, i.Field!)));
    }

    [Fact]
    public void A_blank_row_is_not_flagged() =>
        Assert.Empty(new TestReturn().Oc3(dob: "01/04/2010", inTouch: null, activ: null, accom: null).Run(new Rule391()));
}
