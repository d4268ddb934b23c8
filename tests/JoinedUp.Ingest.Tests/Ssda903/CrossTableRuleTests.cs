using JoinedUp.Ingest.Importing;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Ssda903;

/// <summary>The rules across rows and tables the region depends on, each broken once on purpose.</summary>
public sealed class CrossTableRuleTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private SubmissionOutcome Validate(string[] header, string[] episodes)
    {
        var directory = ReturnFiles.Write(_folder, header, episodes);
        var outcome = Assert.Single(ReturnImporter.Validate([directory], null, null).Submissions);
        Assert.False(outcome.Refused);
        return outcome;
    }

    private static string[] WithEpisode(int row, string line)
    {
        var episodes = ReturnFiles.CleanEpisodes.ToArray();
        episodes[row - 1] = line;
        return episodes;
    }

    [Fact]
    public void The_clean_return_breaks_no_rule() =>
        Assert.Equal(0, Validate(ReturnFiles.CleanHeader, ReturnFiles.CleanEpisodes).IssueTotal);

    [Fact]
    public void An_episode_ending_before_it_began_is_rule_356_on_its_row()
    {
        var outcome = Validate(ReturnFiles.CleanHeader, WithEpisode(4, "CHX9173646,15/06/2020,S,V2,N2,K2,PR4,20/01/2020,E13,,E15 1AA,E17 9BB,3456789"));
        var issue = Assert.Single(outcome.Issues);
        Assert.Equal(("356", 4, "CHX9173646", "DEC"), (issue.RuleCode, issue.Row, issue.Child, issue.Field));
    }

    [Fact]
    public void Overlapping_episodes_are_rule_501_on_the_later_one()
    {
        var outcome = Validate(ReturnFiles.CleanHeader, WithEpisode(3, "CHX9173645,01/09/2020,P,C2,N1,U4,PR4,,,CARPL,CR0 2AB,SE25 4QQ,2345678"));
        // The same overlap also breaks 388 (the first ended with X1, but the next did not begin that day) and 433 (the
        // continuation did not begin when the previous episode ended).
        Assert.Equal(["388:2", "433:3", "501:3"], outcome.Issues.Select(i => $"{i.RuleCode}:{i.Row}").Order(StringComparer.Ordinal));
        var issue = Assert.Single(outcome.Issues, i => i.RuleCode == "501");
        Assert.Equal(("501", 3, "CHX9173645"), (issue.RuleCode, issue.Row, issue.Child));
        Assert.Contains("12/09/2020", issue.Message);
    }

    [Fact]
    public void An_episode_whose_child_has_no_header_row_is_flagged_and_still_counted()
    {
        var outcome = Validate(ReturnFiles.CleanHeader, [.. ReturnFiles.CleanEpisodes, "CHX0000001,01/03/2021,S,C2,N1,U1,PR1,,,,CR0 2AB,CR7 8XY,1234567"]);
        // DfE INT03 (and JoinedUp's older JU01, the same check) on that row only.
        var issue = Assert.Single(outcome.Issues, i => i.RuleCode == "INT03");
        Assert.Equal(("INT03", 6, "CHX0000001", "CHILD"), (issue.RuleCode, issue.Row, issue.Child, issue.Field));
        Assert.All(outcome.Issues, i => Assert.Equal(6, i.Row));
        Assert.Equal(5, outcome.Episodes);
    }

    [Fact]
    public void A_placement_for_adoption_needs_a_placement_or_freeing_order()
    {
        var outcome = Validate(ReturnFiles.CleanHeader, WithEpisode(5, "CHX9173647,02/02/2021,S,C2,N4,A4,PR1,,,,N1 7GU,N4 2QQ,4567890"));
        var issue = Assert.Single(outcome.Issues, i => i.RuleCode == "JU03");
        Assert.Equal(("JU03", "PLACE", 5), (issue.RuleCode, issue.Field, issue.Row));
    }

    [Fact]
    public void An_episode_before_the_child_was_born_is_rule_302()
    {
        var header = ReturnFiles.CleanHeader.Select(l => l.Replace("21/07/2004", "21/07/2021")).ToArray();
        var outcome = Validate(header, ReturnFiles.CleanEpisodes);
        Assert.Contains(outcome.Issues, i => i.RuleCode == "302" && i.Row == 5);
        Assert.Contains(outcome.Issues, i => i.RuleCode == "301" && i.Table == "header");
    }

    [Fact]
    public void Starting_care_at_18_is_rule_352()
    {
        var header = ReturnFiles.CleanHeader.Select(l => l.Replace("21/07/2004", "21/07/2002")).ToArray();
        var issues = Validate(header, ReturnFiles.CleanEpisodes).Issues;
        var issue = Assert.Single(issues, i => i.RuleCode == "352");
        Assert.Equal(("352", 5), (issue.RuleCode, issue.Row));
        // Still looked after past 18 in H5 under C1, not V2 in K2: rule 359, rightly, on the same episode; nothing else.
        Assert.Equal(["352:5", "359:5"], issues.Select(i => $"{i.RuleCode}:{i.Row}").Order());
    }

    [Fact]
    public void An_end_date_without_a_reason_is_rule_148()
    {
        // A later episode follows, so the DfE's 142 (an earlier episode must have ended, with a reason) fails on the same row too.
        var issues = Validate(ReturnFiles.CleanHeader, WithEpisode(2, "CHX9173645,01/05/2020,S,C2,N1,U1,PR1,12/09/2020,,CARPL,CR0 2AB,CR7 8XY,1234567")).Issues;
        Assert.Equal(new[] { ("142", 2, "REC"), ("148", 2, "REC") }, issues.Select(i => (i.RuleCode, i.Row!.Value, i.Field!)).Order());
    }

    [Fact]
    public void A_missing_category_of_need_is_flagged_and_loaded()
    {
        var issue = Assert.Single(Validate(ReturnFiles.CleanHeader, WithEpisode(5, "CHX9173647,02/02/2021,S,C1,,H5,PR5,,,,N1 7GU,N4 2QQ,4567890")).Issues);
        Assert.Equal(("145", "CIN", Domain.Validation.IssueSeverity.Flagged), (issue.RuleCode, issue.Field, issue.Severity));
    }

    public void Dispose() => _folder.Dispose();
}
