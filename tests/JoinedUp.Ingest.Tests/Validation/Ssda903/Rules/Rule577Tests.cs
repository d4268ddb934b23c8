using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule577Tests
{
    /// <summary>Care from 01/05/2024 to 01/07/2024 (two episodes, one period of care), and again from 01/09/2024, still open.</summary>
    private static TestReturn Care() => new TestReturn().Header()
        .Episode(decom: "01/05/2024", dec: "01/06/2024", rec: "E4A")
        .Episode(decom: "01/06/2024", dec: "01/07/2024", rec: "E4A")
        .Episode(decom: "01/09/2024");

    [Fact]
    public void Rule_577_flags_an_open_or_overrunning_missing_period_after_care_ended()
    {
        var submission = Care()
            .Missing(misStart: "10/06/2024", misEnd: null) // care ended 01/07
            .Missing(misStart: "10/06/2024", misEnd: "02/07/2024") // ends after care ended
            .Missing(misStart: "10/06/2024", misEnd: "01/07/2024")
            .Missing(misStart: "10/09/2024", misEnd: null) // care still open
            .Missing(misStart: "01/08/2024", misEnd: null); // outside care: 578's
        var issues = submission.Run(new Rule577());
        Assert.Equal(["missing:2:MIS_END", "missing:3:MIS_END"], issues.Select(i => $"{i.Table}:{i.Row}:{i.Field}"));
    }
}
