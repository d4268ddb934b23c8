using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule1005Tests
{
    private static string Rows(IEnumerable<JoinedUp.Domain.Validation.ValidationIssue> issues) => string.Join(" ", issues.Select(i => $"{i.Row}:{i.Field}"));

    [Fact]
    public void Rule_1005_flags_an_invalid_end_but_not_a_blank_one()
    {
        var submission = new TestReturn().Missing(misEnd: null).Missing(misEnd: "02/13/2024").Missing();
        Assert.Equal("3:MIS_END", Rows(submission.Run(new Rule1005())));
    }
}
