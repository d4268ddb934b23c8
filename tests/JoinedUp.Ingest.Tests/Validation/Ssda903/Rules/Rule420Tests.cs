using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

/// <summary>420 needs data JoinedUp does not hold: it is listed with the reason and never run, even on rows that would fail it.</summary>
public sealed class Rule420Tests
{
    private static readonly Rule420 Rule = new();

    [Fact]
    public void It_is_listed_with_the_data_it_needs_and_not_run()
    {
        Assert.Contains("ONS Postcode Directory", Rule.NeedsData, StringComparison.Ordinal);
        Assert.Contains(Ssda903RuleSet.For(2025), r => r.Code == "420");
        var submission = new TestReturn().Header().Episode(ls: "V3");
        Assert.Empty(submission.Run(Rule));
    }
}
