using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule564Tests
{
    private static string Rows(IEnumerable<JoinedUp.Domain.Validation.ValidationIssue> issues) => string.Join(" ", issues.Select(i => $"{i.Row}:{i.Field}"));

    [Fact]
    public void Rule_564_flags_a_missing_or_away_row_without_a_start()
    {
        var submission = new TestReturn().Missing(missing: "M", misStart: null).Missing(missing: "a", misStart: null).Missing(missing: null, misStart: null).Missing();
        Assert.Equal("2:MIS_START 3:MIS_START", Rows(submission.Run(new Rule564())));
    }
}
