using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule581Tests
{
    /// <summary>Care from 01/05/2024 to 01/07/2024 (two episodes, one period of care), and again from 01/09/2024, still open.</summary>
    private static TestReturn Care() => new TestReturn().Header()
        .Episode(decom: "01/05/2024", dec: "01/06/2024", rec: "E4A")
        .Episode(decom: "01/06/2024", dec: "01/07/2024", rec: "E4A")
        .Episode(decom: "01/09/2024");

    [Fact]
    public void Rule_581_flags_a_start_within_none_of_the_episodes()
    {
        var submission = Care()
            .Missing(misStart: "30/04/2024", misEnd: "02/05/2024") // before care began
            .Missing(misStart: "01/05/2024", misEnd: "02/05/2024") // the first day of care
            .Missing(misStart: "01/07/2024", misEnd: "01/07/2024") // the day care ended
            .Missing(misStart: "02/07/2024", misEnd: "03/07/2024") // between two periods of care
            .Missing(misStart: "01/03/2025", misEnd: null) // in the open episode
            .Missing(misStart: null);
        Assert.Equal(["missing:2", "missing:5"], submission.Flagged(new Rule581()));
        Assert.Empty(new TestReturn().Missing(misStart: "01/04/2024").Run(new Rule581()));
    }
}
