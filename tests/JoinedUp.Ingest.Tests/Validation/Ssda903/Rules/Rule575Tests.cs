using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule575Tests
{
    /// <summary>Care from 01/05/2024 to 01/07/2024 (two episodes, one period of care), and again from 01/09/2024, still open.</summary>
    private static TestReturn Care() => new TestReturn().Header()
        .Episode(decom: "01/05/2024", dec: "01/06/2024", rec: "E4A")
        .Episode(decom: "01/06/2024", dec: "01/07/2024", rec: "E4A")
        .Episode(decom: "01/09/2024");

    [Fact]
    public void Rule_575_flags_an_open_missing_period_whose_placement_ended()
    {
        var submission = Care()
            .Missing(misStart: "10/05/2024", misEnd: null) // placement ended 01/06
            .Missing(misStart: "10/05/2024", misEnd: "12/05/2024")
            .Missing(misStart: "10/09/2024", misEnd: null); // placement still open
        Assert.Equal(["missing:2"], submission.Flagged(new Rule575()));
    }
}
