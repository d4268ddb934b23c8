using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule1016Tests
{
    [Theory]
    [InlineData("01/07/2007", "01/07/2024", true)] // 17; left on the 17th birthday
    [InlineData("01/07/2007", "30/06/2024", false)] // left the day before
    [InlineData("01/07/2006", "01/08/2024", true)] // 18; left after the 18th birthday
    [InlineData("01/07/2006", "30/06/2024", false)]
    [InlineData("01/07/2005", "01/08/2024", false)] // 19
    public void A_17_or_18_year_old_who_left_care_after_the_birthday_is_flagged(string dob, string dec, bool flagged)
    {
        var submission = new TestReturn().Header(dob: dob).Episode(decom: "01/04/2024", dec: dec, rec: "E13").Oc3(dob: dob, accom: "U1");
        var issues = submission.Run(new Rule1016());
        Assert.Equal(flagged ? [(2, "IN_TOUCH")] : [], issues.Select(i => (i.Row!.Value, i.Field!)));
    }
}
