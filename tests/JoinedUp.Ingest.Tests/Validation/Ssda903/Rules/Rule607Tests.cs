using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule607Tests
{
    [Theory]
    [InlineData("01/04/2024", "E11", "C2", "2", null, true)] // first day of the year
    [InlineData("31/03/2025", "E4A", "C2", "2", null, true)] // last day of the year
    [InlineData("31/03/2024", "E11", "C2", "2", null, false)] // left care the year before
    [InlineData("01/06/2024", "X1", "C2", "2", null, false)] // X1: not ceasing care
    [InlineData("01/06/2024", "E11", "V3", "2", null, false)]
    [InlineData("01/06/2024", "E11", "C2", "1", null, false)]
    [InlineData("01/06/2024", "E11", "C2", "2", "0", false)]
    public void Rule_607_flags_a_girl_who_ceased_care_in_the_year_with_blank_MOTHER(string dec, string rec, string ls, string sex, string? mother, bool flagged)
    {
        var submission = new TestReturn().Header(sex: sex, mother: mother).Episode(decom: "01/01/2024", ls: ls, dec: dec, rec: rec).Episode(decom: "01/01/2024", ls: ls, dec: dec, rec: rec);
        Assert.Equal(flagged ? new[] { "header:2" } : [], submission.Flagged(new Rule607()));
    }
}
