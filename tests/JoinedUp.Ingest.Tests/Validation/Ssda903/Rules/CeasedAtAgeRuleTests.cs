using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

/// <summary>386, 387, 389, 407, 460: the reason an episode ended against the child's age on DEC (born 15/06/2006, so 18 on 15/06/2024).</summary>
public sealed class CeasedAtAgeRuleTests
{
    public static TheoryData<Ssda903Rule, string, string, bool> Cases => new()
    {
        { new Rule386(), "E11", "15/06/2024", true }, // adopted on the 18th birthday
        { new Rule386(), "E12", "14/06/2024", false },
        { new Rule407(), "E45", "15/06/2024", true },
        { new Rule407(), "E48", "14/06/2024", false },
        { new Rule460(), "E17", "14/06/2024", true }, // staying put the day before 18
        { new Rule460(), "E17", "15/06/2024", false },
        { new Rule387(), "E5", "14/06/2020", true }, // independent living the day before 14
        { new Rule387(), "E6", "15/06/2020", false },
        { new Rule389(), "E7", "14/06/2022", true }, // adult social care the day before 16
        { new Rule389(), "E7", "15/06/2022", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_reason_is_judged_against_the_age_on_the_day_the_episode_ended(Ssda903Rule rule, string rec, string dec, bool flagged)
    {
        var submission = new TestReturn().Header(dob: "15/06/2006")
            .Episode(decom: "01/01/2019", dec: dec, rec: rec)
            .Episode(decom: "01/01/2019", dec: dec, rec: "E4A");
        var issues = submission.Run(rule);
        if (!flagged)
        {
            Assert.Empty(issues);
            return;
        }
        var issue = Assert.Single(issues);
        Assert.Equal((rule.Code, "episodes", 2, "REC"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
        Assert.Contains(dec, issue.Message);
    }

    [Fact]
    public void Open_episodes_and_unknown_dates_of_birth_are_not_judged()
    {
        Assert.Empty(new TestReturn().Header(dob: "15/06/2006").Episode(decom: "01/01/2019", dec: null, rec: "E17").Run(new Rule460()));
        Assert.Empty(new TestReturn().Header(dob: null).Episode(decom: "01/01/2019", dec: "14/06/2024", rec: "E17").Run(new Rule460()));
    }
}
