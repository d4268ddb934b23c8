using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule567Tests
{
    private static string Rows(IEnumerable<JoinedUp.Domain.Validation.ValidationIssue> issues) => string.Join(" ", issues.Select(i => $"{i.Row}:{i.Field}"));

    [Fact]
    public void Rule_567_flags_an_end_before_the_start_but_not_the_same_day()
    {
        var submission = new TestReturn().Missing(misStart: "02/06/2024", misEnd: "01/06/2024").Missing(misStart: "02/06/2024", misEnd: "02/06/2024").Missing(misEnd: null);
        Assert.Equal("2:MIS_END", Rows(submission.Run(new Rule567())));
    }
}
