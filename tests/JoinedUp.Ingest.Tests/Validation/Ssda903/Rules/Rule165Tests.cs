using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule165Tests
{
    [Theory]
    [InlineData("2", "2", "MOTHER must be 0 or 1.")]
    [InlineData("1", "1", "MOTHER is given for a male child.")]
    [InlineData("2", null, "MOTHER is blank for a female child looked after during the year.")]
    [InlineData("2", "0", null)]
    [InlineData("1", null, null)]
    public void Mother_status_is_checked_against_sex_and_care(string sex, string? mother, string? message)
    {
        var issues = new TestReturn().Header(sex: sex, mother: mother).Episode().Run(new Rule165());
        Assert.Equal(message is null ? [] : [("header", 2, "MOTHER", message)], issues.Select(i => (i.Table, i.Row!.Value, i.Field!, i.Message)));
    }

    [Fact]
    public void A_female_child_not_looked_after_during_the_year_may_have_no_mother_status()
    {
        Assert.Empty(new TestReturn().Header(sex: "2").Episode(decom: "01/01/2024", dec: "31/03/2024", rec: "E13").Run(new Rule165()));
        Assert.Empty(new TestReturn().Header(sex: "2").Episode(ls: "V3").Run(new Rule165()));
    }
}
