using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule571Tests
{
    private static string Rows(IEnumerable<JoinedUp.Domain.Validation.ValidationIssue> issues) => string.Join(" ", issues.Select(i => $"{i.Row}:{i.Field}"));

    [Fact]
    public void Rule_571_flags_an_end_outside_the_collection_year()
    {
        var submission = new TestReturn()
            .Missing(misStart: "01/03/2024", misEnd: "31/03/2024")
            .Missing(misStart: "01/03/2024", misEnd: "01/04/2024")
            .Missing(misStart: "01/03/2025", misEnd: "31/03/2025")
            .Missing(misStart: "01/03/2025", misEnd: "01/04/2025")
            .Missing(misEnd: null);
        Assert.Equal("2:MIS_END 5:MIS_END", Rows(submission.Run(new Rule571())));
    }
}
