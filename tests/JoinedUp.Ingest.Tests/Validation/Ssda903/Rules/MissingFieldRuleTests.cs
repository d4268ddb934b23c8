using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

/// <summary>The Missing table's own rules: 564, 565, 566, 567, 570, 571, 586, 1004, 1005, 1006.</summary>
public sealed class MissingFieldRuleTests
{
    private static string Rows(IEnumerable<JoinedUp.Domain.Validation.ValidationIssue> issues) => string.Join(" ", issues.Select(i => $"{i.Row}:{i.Field}"));

    [Fact]
    public void Rule_1004_flags_a_blank_or_invalid_start()
    {
        var submission = new TestReturn().Missing(misStart: null).Missing(misStart: "32/05/2024").Missing();
        Assert.Equal("2:MIS_START 3:MIS_START", Rows(submission.Run(new Rule1004())));
    }

    [Fact]
    public void Rule_1005_flags_an_invalid_end_but_not_a_blank_one()
    {
        var submission = new TestReturn().Missing(misEnd: null).Missing(misEnd: "02/13/2024").Missing();
        Assert.Equal("3:MIS_END", Rows(submission.Run(new Rule1005())));
    }

    [Fact]
    public void Rule_1006_flags_a_type_other_than_M_or_A_but_not_a_blank_one()
    {
        var submission = new TestReturn().Missing(missing: "M").Missing(missing: "A").Missing(missing: "X").Missing(missing: null);
        Assert.Equal("4:MISSING", Rows(submission.Run(new Rule1006())));
    }

    [Fact]
    public void Rule_564_flags_a_missing_or_away_row_without_a_start()
    {
        var submission = new TestReturn().Missing(missing: "M", misStart: null).Missing(missing: "a", misStart: null).Missing(missing: null, misStart: null).Missing();
        Assert.Equal("2:MIS_START 3:MIS_START", Rows(submission.Run(new Rule564())));
    }

    [Fact]
    public void Rules_565_and_566_flag_a_blank_type_beside_a_start_or_an_end()
    {
        var submission = new TestReturn()
            .Missing(missing: null, misStart: "01/06/2024", misEnd: null)
            .Missing(missing: null, misStart: null, misEnd: "02/06/2024")
            .Missing(missing: "M");
        Assert.Equal("2:MISSING", Rows(submission.Run(new Rule565())));
        Assert.Equal("3:MISSING", Rows(submission.Run(new Rule566())));
    }

    [Fact]
    public void Rule_567_flags_an_end_before_the_start_but_not_the_same_day()
    {
        var submission = new TestReturn().Missing(misStart: "02/06/2024", misEnd: "01/06/2024").Missing(misStart: "02/06/2024", misEnd: "02/06/2024").Missing(misEnd: null);
        Assert.Equal("2:MIS_END", Rows(submission.Run(new Rule567())));
    }

    [Fact]
    public void Rule_570_flags_a_start_after_31_March()
    {
        var submission = new TestReturn().Missing(misStart: "31/03/2025", misEnd: null).Missing(misStart: "01/04/2025", misEnd: null);
        Assert.Equal("3:MIS_START", Rows(submission.Run(new Rule570())));
    }

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
