using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule586Tests
{
    private static string Rows(IEnumerable<JoinedUp.Domain.Validation.ValidationIssue> issues) => string.Join(" ", issues.Select(i => $"{i.Row}:{i.Field}"));

    [Fact]
    public void Rule_586_flags_a_start_on_or_before_the_date_of_birth()
    {
        var submission = new TestReturn()
            .Missing(dob: "01/06/2024", misStart: "31/05/2024", misEnd: null)
            .Missing(dob: "01/06/2024", misStart: "01/06/2024", misEnd: null)
            .Missing(dob: "01/06/2024", misStart: "02/06/2024", misEnd: null)
            .Missing(dob: null);
        Assert.Equal("2:MIS_START 3:MIS_START", Rows(submission.Run(new Rule586())));
    }
}
