using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule1007Tests
{
    // 17th birthday 01/07/2024; 18 on 01/07/2025 (after the year).
    [Theory]
    [InlineData("01/06/2024", null, true)] // still open
    [InlineData("01/06/2024", "02/07/2024", true)] // ended after the birthday
    [InlineData("01/06/2024", "01/07/2024", false)] // ended on it
    [InlineData("02/07/2024", null, false)] // began after it
    public void A_17_or_18_year_old_looked_after_on_their_birthday_is_flagged(string decom, string? dec, bool flagged)
    {
        var submission = new TestReturn().Header(dob: "01/07/2007").Episode(decom: decom, dec: dec, rec: dec is null ? null : "E13").Oc3(dob: "01/07/2007", accom: "U1");
        var issues = submission.Run(new Rule1007());
        Assert.Equal(flagged ? [(2, "IN_TOUCH")] : [], issues.Select(i => (i.Row!.Value, i.Field!)));
    }

    [Fact]
    public void A_19_year_old_is_not_flagged() =>
        Assert.Empty(new TestReturn().Header(dob: "01/07/2005").Episode(decom: "01/06/2024").Oc3(dob: "01/07/2005", accom: "U1").Run(new Rule1007()));
}
