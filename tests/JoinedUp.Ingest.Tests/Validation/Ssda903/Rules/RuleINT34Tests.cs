using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleINT34Tests
{
    [Fact]
    public void Every_row_of_a_young_person_with_two_is_flagged()
    {
        var submission = new TestReturn().Oc3(accom: "U1").Oc3(child: "C2", accom: "U1").Oc3(accom: "U1");
        Assert.Equal(["oc3:2", "oc3:4"], submission.Flagged(new RuleINT34()));
    }
}
