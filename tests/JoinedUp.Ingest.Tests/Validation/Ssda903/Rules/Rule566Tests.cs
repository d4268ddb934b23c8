using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule566Tests
{
    private static string Rows(IEnumerable<JoinedUp.Domain.Validation.ValidationIssue> issues) => string.Join(" ", issues.Select(i => $"{i.Row}:{i.Field}"));

    [Fact]
    public void A_blank_type_beside_an_end_is_flagged()
    {
        var submission = new TestReturn()
            .Missing(missing: null, misStart: "01/06/2024", misEnd: null)
            .Missing(missing: null, misStart: null, misEnd: "02/06/2024")
            .Missing(missing: "M");
        Assert.Equal("3:MISSING", Rows(submission.Run(new Rule566())));
    }
}
