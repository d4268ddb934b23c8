using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule1004Tests
{
    private static string Rows(IEnumerable<JoinedUp.Domain.Validation.ValidationIssue> issues) => string.Join(" ", issues.Select(i => $"{i.Row}:{i.Field}"));

    [Fact]
    public void Rule_1004_flags_a_blank_or_invalid_start()
    {
        var submission = new TestReturn().Missing(misStart: null).Missing(misStart: "32/05/2024").Missing();
        Assert.Equal("2:MIS_START 3:MIS_START", Rows(submission.Run(new Rule1004())));
    }
}
