using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

/// <summary>392c needs data JoinedUp does not hold: it is listed with the reason and never run, even on rows that would fail it.</summary>
public sealed class Rule392cTests
{
    private static readonly Rule392c Rule = new();

    [Fact]
    public void It_is_listed_with_the_data_it_needs_and_not_run()
    {
        Assert.Contains("ONS Postcode Directory", Rule.NeedsData, StringComparison.Ordinal);
        Assert.Contains(Ssda903RuleSet.For(2025), r => r.Code == "392c");
        var submission = new TestReturn().Header().Episode(plPost: "ZZ99 9ZZ");
        Assert.Empty(submission.Run(Rule));
    }
}
