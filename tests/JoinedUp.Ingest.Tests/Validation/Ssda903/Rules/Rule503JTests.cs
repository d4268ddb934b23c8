using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

/// <summary>503J needs data JoinedUp does not hold: it is listed with the reason and never run, even on rows that would fail it.</summary>
public sealed class Rule503JTests
{
    private static readonly Rule503J Rule = new();

    [Fact]
    public void It_is_listed_with_the_data_it_needs_and_not_run()
    {
        Assert.Contains("ONS Postcode Directory", Rule.NeedsData, StringComparison.Ordinal);
        Assert.Contains(Ssda903RuleSet.For(2025), r => r.Code == "503J");
        var submission = new TestReturn().Header().Episode(decom: "01/02/2024", rne: "P").WithPrevious(new TestReturn(2024).Header().Episode(decom: "01/02/2024", plPost: "E1 1AA", homePost: "E2 2BB"));
        Assert.Empty(submission.Run(Rule));
    }
}
