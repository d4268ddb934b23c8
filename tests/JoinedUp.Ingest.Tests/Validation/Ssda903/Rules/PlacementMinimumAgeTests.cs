using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

/// <summary>The placement age rules 370 to 374: a child born 15/06/2010 placed the day before, and on, the birthday that makes them old enough.</summary>
public sealed class PlacementMinimumAgeTests
{
    public static TheoryData<Ssda903Rule, string, int, int> Rules => new()
    {
        { new Rule370(), "P2", 16, 2024 },
        { new Rule371(), "H5", 16, 2024 },
        { new Rule371(), "K3", 16, 2025 },
        { new Rule371(), "K3", 16, 2026 },
        { new Rule372(), "R5", 10, 2025 },
        { new Rule373(), "S1", 4, 2025 },
        { new Rule374(), "P3", 14, 2025 },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_child_placed_the_day_before_the_birthday_is_flagged_and_on_the_birthday_is_not(Ssda903Rule rule, string place, int age, int year)
    {
        var birthday = new DateOnly(2010 + age, 6, 15);
        var dob = "15/06/2010";
        var submission = new TestReturn(year)
            .Header(dob: dob)
            .Episode(decom: birthday.AddDays(-1).ToString("dd/MM/yyyy"), place: place, dec: birthday.AddDays(-1).ToString("dd/MM/yyyy"), rec: "E11")
            .Episode(decom: birthday.ToString("dd/MM/yyyy"), place: place)
            .Episode(decom: birthday.AddDays(-1).ToString("dd/MM/yyyy"), place: "U1");

        var issue = Assert.Single(submission.Run(rule));
        Assert.Equal((rule.Code, "episodes", 2, "DECOM"), (issue.RuleCode, issue.Table, issue.Row, issue.Field));
        Assert.DoesNotContain(dob, issue.Message);
    }

    [Fact]
    public void An_open_episode_is_judged_too()
    {
        var submission = new TestReturn().Header(dob: "01/01/2016").Episode(decom: "01/05/2024", place: "R5", dec: null);
        Assert.Equal(["episodes:2"], submission.Flagged(new Rule372()));
    }

    [Fact]
    public void No_valid_date_of_birth_or_DECOM_means_no_judgement()
    {
        Assert.Empty(new TestReturn().Header(dob: null).Episode(place: "R5").Run(new Rule372()));
        Assert.Empty(new TestReturn().Episode(place: "R5").Run(new Rule372()));
        Assert.Empty(new TestReturn().Header(dob: "01/01/2020").Episode(decom: "31/02/2024", place: "R5").Run(new Rule372()));
    }

    [Fact]
    public void Rule_370_was_deleted_for_2024_25_and_371_moved_from_H5_to_K3()
    {
        Assert.Equal(new CollectionYears(2024, 2024), new Rule370().Years);
        Assert.DoesNotContain(Ssda903RuleSet.For(2025), r => r.Code == "370");
        // H5 in 2024/25 is no longer 371's placement, nor K3 in 2023/24.
        Assert.Empty(new TestReturn(2025).Header(dob: "01/01/2012").Episode(place: "H5").Run(new Rule371()));
        Assert.Empty(new TestReturn(2024).Header(dob: "01/01/2012").Episode(decom: "01/05/2023", place: "K3").Run(new Rule371()));
    }
}
