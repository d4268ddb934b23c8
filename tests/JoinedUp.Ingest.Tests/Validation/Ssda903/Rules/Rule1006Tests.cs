using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule1006Tests
{
    private static string Rows(IEnumerable<JoinedUp.Domain.Validation.ValidationIssue> issues) => string.Join(" ", issues.Select(i => $"{i.Row}:{i.Field}"));

    [Fact]
    public void Rule_1006_flags_a_type_other_than_M_or_A_but_not_a_blank_one()
    {
        var submission = new TestReturn().Missing(missing: "M").Missing(missing: "A").Missing(missing: "X").Missing(missing: null);
        Assert.Equal("4:MISSING", Rows(submission.Run(new Rule1006())));
    }
}
