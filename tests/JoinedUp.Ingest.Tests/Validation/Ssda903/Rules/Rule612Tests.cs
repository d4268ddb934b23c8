using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule612Tests
{
    private static readonly Rule612 Rule = new();

    [Theory]
    [InlineData(2024, "2", "0", "19/02/2016", true)]
    [InlineData(2024, "2", null, "31/31/19", true)]
    [InlineData(2024, "2", "1", "19/02/2019", false)]
    [InlineData(2024, "2", null, null, false)]
    [InlineData(2024, "1", null, "21/03/2019", false)] // male: rule 174's
    [InlineData(2025, "F", "0", "19/02/2016", true)] // the year's code for female
    [InlineData(2025, "F", null, "19/02/2016", true)]
    [InlineData(2025, "F", "1", "19/02/2016", false)]
    [InlineData(2025, "2", "0", "19/02/2016", false)] // not a 2024/25 code: rule 101's
    public void A_female_child_with_a_childs_dob_must_be_recorded_as_a_mother(int year, string sex, string? mother, string? mcDob, bool flagged)
    {
        var submission = new TestReturn(year).Header(child: "A").Header(child: "B", sex: sex, mother: mother, mcDob: mcDob);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
    }
}
