using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

/// <summary>392a needs data JoinedUp does not hold: it is listed with the reason and never run, even on rows that would fail it.</summary>
public sealed class Rule392aTests
{
    private static readonly Rule392a Rule = new();

    [Fact]
    public void It_is_listed_with_the_data_it_needs_and_not_run()
    {
        Assert.Contains("ONS Postcode Directory", Rule.NeedsData, StringComparison.Ordinal);
        Assert.Contains(Ssda903RuleSet.For(2025), r => r.Code == "392a");
        var submission = new TestReturn().Header().Episode(plPost: null);
        Assert.Empty(submission.Run(Rule));
    }
}
