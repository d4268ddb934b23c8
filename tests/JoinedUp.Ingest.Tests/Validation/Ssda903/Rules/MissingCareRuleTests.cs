using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

/// <summary>The missing periods against the episodes: 575, 577, 578, 580, 581.</summary>
public sealed class MissingCareRuleTests
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

    [Fact]
    public void Rule_580_flags_an_episode_ending_on_the_18th_birthday_while_missing_without_E8()
    {
        var submission = new TestReturn().Header(dob: "15/06/2006")
            .Episode(decom: "01/05/2024", dec: "15/06/2024", rec: "E4A")
            .Missing(dob: "15/06/2006", misStart: "10/06/2024", misEnd: "15/06/2024");
        var issue = Assert.Single(submission.Run(new Rule580()));
        Assert.Equal(("580", "episodes", 2, "REC"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));

        Assert.Empty(new TestReturn().Header(dob: "15/06/2006")
            .Episode(decom: "01/05/2024", dec: "15/06/2024", rec: "E8")
            .Missing(dob: "15/06/2006", misStart: "10/06/2024", misEnd: "15/06/2024").Run(new Rule580()));
        Assert.Empty(new TestReturn().Header(dob: "15/06/2006")
            .Episode(decom: "01/05/2024", dec: "14/06/2024", rec: "E4A")
            .Missing(dob: "15/06/2006", misStart: "10/06/2024", misEnd: "14/06/2024").Run(new Rule580()));
    }
}
