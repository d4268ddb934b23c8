using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule578Tests
{
    /// <summary>Care from 01/05/2024 to 01/07/2024 (two episodes, one period of care), and again from 01/09/2024, still open.</summary>
    private static TestReturn Care() => new TestReturn().Header()
        .Episode(decom: "01/05/2024", dec: "01/06/2024", rec: "E4A")
        .Episode(decom: "01/06/2024", dec: "01/07/2024", rec: "E4A")
        .Episode(decom: "01/09/2024");

    [Fact]
    public void Rule_578_flags_a_start_after_care_ended_and_within_no_later_period()
    {
        var submission = Care()
            .Missing(misStart: "02/07/2024", misEnd: "03/07/2024")
            .Missing(misStart: "01/07/2024", misEnd: "01/07/2024") // the day care ended
            .Missing(misStart: "10/09/2024", misEnd: null)
            .Missing(misStart: "01/04/2024", misEnd: "02/04/2024"); // before care: 581's only
        Assert.Equal(["missing:2"], submission.Flagged(new Rule578()));
    }
}
