using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule574Tests
{
    private static readonly Rule574 Rule = new();

    [Fact]
    public void A_period_overlapping_the_one_before_it_is_flagged()
    {
        var submission = new TestReturn()
            .Missing(misStart: "01/06/2024", misEnd: "05/06/2024")
            .Missing(misStart: "04/06/2024", misEnd: "08/06/2024")
            .Missing(misStart: "08/06/2024", misEnd: "09/06/2024"); // begins the day the one before ended: allowed
        Assert.Equal(["missing:3"], submission.Flagged(Rule));
    }

    [Fact]
    public void A_period_beginning_while_an_earlier_one_is_open_is_flagged()
    {
        var submission = new TestReturn()
            .Missing(misStart: "01/06/2024", misEnd: null)
            .Missing(misStart: "10/06/2024", misEnd: "12/06/2024");
        Assert.Equal(["missing:3"], submission.Flagged(Rule));
    }

    [Fact]
    public void Separate_periods_children_and_an_open_period_last_are_not_flagged()
    {
        Assert.Empty(new TestReturn()
            .Missing(misStart: "10/05/2024", misEnd: "12/05/2024")
            .Missing(misStart: "01/06/2024", misEnd: null)
            .Missing(child: "C2", misStart: "11/05/2024", misEnd: "13/05/2024")
            .Missing(misStart: null, misEnd: null)
            .Run(Rule));
    }
}
