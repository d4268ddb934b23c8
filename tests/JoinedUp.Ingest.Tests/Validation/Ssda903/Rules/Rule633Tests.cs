using JoinedUp.Ingest.Validation.Ssda903.Codes;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

using JoinedUp.Ingest.Validation.Ssda903.Codes;

public sealed class Rule633Tests
{
    [Theory]
    [InlineData("123", true)]
    [InlineData("Barnet", true)]
    [InlineData("302", false)] // Barnet
    [InlineData("942", false)] // Cumberland (2023)
    [InlineData("909", false)] // Cumbria, replaced in 2023: an older order
    [InlineData("WAL", false)]
    [InlineData("NUK", false)]
    [InlineData(null, false)]
    public void An_la_code_not_on_the_list_is_flagged(string? la, bool flagged)
    {
        var issues = new TestReturn().Header().PreviousPermanence(prevPerm: "P1", laPerm: la, datePerm: "01/01/2020").Run(new Rule633());
        Assert.Equal(flagged ? [(2, "LA_PERM")] : [], issues.Select(i => (i.Row!.Value, i.Field!)));
    }

    [Fact]
    public void The_list_holds_every_current_english_la_and_the_codes_for_outside_england()
    {
        Assert.Equal(153 + 5 + 4 + 1, PermanenceOrderLocalAuthorities.Codes.Count);
        foreach (var la in JoinedUp.Domain.Geography.EnglishLocalAuthorities.All)
            Assert.True(PermanenceOrderLocalAuthorities.Codes.Contains(la.DfeCode), la.DfeCode);
    }
}
