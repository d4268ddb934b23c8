using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule3001Tests
{
    [Theory]
    [InlineData("01/04/2007", "Z1", true)] // 17 on the first day of the year
    [InlineData("31/03/2008", "Z2", true)] // 17 on the last day
    [InlineData("31/03/2007", "Z1", false)] // 17 the day before the year
    [InlineData("01/04/2007", "U1", false)]
    public void Former_foster_carers_for_a_young_person_turning_17_this_year_is_flagged(string dob, string accom, bool flagged)
    {
        var issues = new TestReturn().Header(dob: dob).Oc3(dob: dob, accom: accom).Run(new Rule3001());
        Assert.Equal(flagged ? [(2, "ACCOM")] : [], issues.Select(i => (i.Row!.Value, i.Field!)));
    }
}
