using JoinedUp.Ingest.Validation.Ssda903.Cohorts;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Cohorts;

/// <summary>The 2024/25 year: 1 April 2024 to 31 March 2025.</summary>
public sealed class ContinuouslyLookedAfterTests
{
    private static bool Cla(TestReturn submission) => ContinuouslyLookedAfter.At31March(submission.Return.Child("C1")!);

    [Fact]
    public void One_episode_open_since_before_the_year_is_continuous()
    {
        Assert.True(Cla(new TestReturn().Episode(decom: "01/01/2023")));
    }

    [Fact]
    public void An_episode_beginning_on_1_April_gives_the_12_months_and_one_beginning_on_2_April_does_not()
    {
        Assert.True(Cla(new TestReturn().Episode(decom: "01/04/2024")));
        Assert.False(Cla(new TestReturn().Episode(decom: "02/04/2024", rne: "P")));
    }

    [Fact]
    public void Episodes_following_each_other_with_X1_are_continuous_in_any_file_order()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/09/2024", rne: "P")
            .Episode(decom: "01/01/2023", dec: "01/09/2024", rec: "X1");
        Assert.True(Cla(submission));
    }

    [Fact]
    public void Leaving_care_during_the_year_breaks_it_even_when_care_begins_again()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/01/2023", dec: "01/09/2024", rec: "E11")
            .Episode(decom: "01/09/2024", rne: "S");
        Assert.False(Cla(submission));
        Assert.False(Cla(new TestReturn().Episode(decom: "01/01/2023", dec: "30/03/2025", rec: "E11")));
    }

    [Fact]
    public void Leaving_care_on_31_March_means_not_looked_after_at_31_March_but_an_X1_change_that_day_does_not()
    {
        Assert.False(Cla(new TestReturn().Episode(decom: "01/01/2023", dec: "31/03/2025", rec: "E11")));
        Assert.True(Cla(new TestReturn().Episode(decom: "01/01/2023", dec: "31/03/2025", rec: "X1")));
        var changeOn31March = new TestReturn()
            .Episode(decom: "01/01/2023", dec: "31/03/2025", rec: "X1")
            .Episode(decom: "31/03/2025", rne: "P");
        Assert.True(Cla(changeOn31March));
    }

    [Fact]
    public void A_new_period_of_care_during_the_year_breaks_it()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/01/2023", dec: "01/09/2024", rec: "X1")
            .Episode(decom: "01/09/2024", rne: "S");
        Assert.False(Cla(submission));
    }

    [Fact]
    public void A_gap_between_episodes_breaks_it()
    {
        var submission = new TestReturn()
            .Episode(decom: "01/01/2023", dec: "01/09/2024", rec: "X1")
            .Episode(decom: "05/09/2024", rne: "P");
        Assert.False(Cla(submission));
    }

    [Fact]
    public void Short_breaks_are_not_being_looked_after()
    {
        Assert.False(Cla(new TestReturn().Episode(decom: "01/01/2023", ls: "V3")));
        Assert.False(Cla(new TestReturn().Episode(decom: "01/01/2023", ls: "V4")));
        var shortBreakThenCare = new TestReturn()
            .Episode(decom: "01/01/2023", ls: "V3", dec: "01/06/2024", rec: "X1")
            .Episode(decom: "01/06/2024", rne: "P");
        Assert.False(Cla(shortBreakThenCare));
        var shortBreaksLongAgo = new TestReturn()
            .Episode(decom: "01/01/2021", ls: "V4", dec: "01/02/2021", rec: "E13")
            .Episode(decom: "01/01/2023", rne: "S");
        Assert.True(Cla(shortBreaksLongAgo));
    }

    [Fact]
    public void Episodes_over_before_the_year_or_after_it_do_not_count()
    {
        Assert.False(Cla(new TestReturn().Episode(decom: "01/01/2022", dec: "31/03/2024", rec: "E11")));
        Assert.False(Cla(new TestReturn().Header()));
        Assert.False(Cla(new TestReturn().Episode(decom: "01/04/2025", rne: "S")));
    }

    [Fact]
    public void An_X1_episode_ending_in_the_year_with_nothing_after_it_is_not_continuous()
    {
        Assert.False(Cla(new TestReturn().Episode(decom: "01/01/2023", dec: "01/09/2024", rec: "X1")));
    }

    [Fact]
    public void An_end_date_that_is_not_a_date_leaves_it_unknown_so_not_continuous()
    {
        Assert.False(Cla(new TestReturn().Episode(decom: "01/01/2023", dec: "31/02/2025", rec: "X1")));
    }

    [Fact]
    public void The_year_is_the_returns_own()
    {
        var submission = new TestReturn(year: 2024).Episode(decom: "01/04/2023");
        Assert.True(Cla(submission));
        Assert.False(Cla(new TestReturn(year: 2024).Episode(decom: "02/04/2023", rne: "S")));
    }

    [Fact]
    public void Asking_allocates_nothing_once_the_episodes_are_ordered()
    {
        var child = new TestReturn()
            .Episode(decom: "01/01/2023", dec: "01/09/2024", rec: "X1")
            .Episode(decom: "01/09/2024", rne: "P").Return.Child("C1")!;
        Assert.True(ContinuouslyLookedAfter.At31March(child));
        // Warmed up first: a method being recompiled at its final tier may allocate on the calling thread.
        for (var i = 0; i < 1000; i++) ContinuouslyLookedAfter.At31March(child);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var answer = false;
        for (var i = 0; i < 1000; i++) answer |= ContinuouslyLookedAfter.At31March(child);
        Assert.True(answer);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
