using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule570Tests
{
    private static string Rows(IEnumerable<JoinedUp.Domain.Validation.ValidationIssue> issues) => string.Join(" ", issues.Select(i => $"{i.Row}:{i.Field}"));

    [Fact]
    public void Rule_570_flags_a_start_after_31_March()
    {
        var submission = new TestReturn().Missing(misStart: "31/03/2025", misEnd: null).Missing(misStart: "01/04/2025", misEnd: null);
        Assert.Equal("3:MIS_START", Rows(submission.Run(new Rule570())));
    }
}
