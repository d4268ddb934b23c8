using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule347Tests
{
    [Theory]
    [InlineData("02/04/2006", "T1", true)] // 17 on 01/04/2024
    [InlineData("01/04/2006", "T2", false)] // 18 that day
    [InlineData("02/04/2006", "U1", false)]
    public void A_foyer_for_a_care_leaver_under_18_at_the_start_of_the_year_is_flagged(string dob, string accom, bool flagged)
    {
        var issues = new TestReturn().Oc3(dob: dob, accom: accom).Run(new Rule347());
        Assert.Equal(flagged ? [(2, "ACCOM")] : [], issues.Select(i => (i.Row!.Value, i.Field!)));
    }
}
