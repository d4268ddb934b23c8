using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class RuleINT16Tests
{
    private static readonly RuleINT16 Rule = new();

    [Fact]
    public void A_dob_differing_from_the_headers_is_flagged()
    {
        var submission = new TestReturn()
            .Header(child: "A", dob: "01/04/2010").PreviousPermanence(child: "A", dob: "01/04/2010")
            .Header(child: "B", dob: "01/04/2010").PreviousPermanence(child: "B", dob: "04/01/2010")
            .Header(child: "C", dob: null).PreviousPermanence(child: "C", dob: "04/01/2010")
            .Header(child: "D", dob: "01/04/2010").PreviousPermanence(child: "D", dob: null)
            .PreviousPermanence(child: "E", dob: "01/04/2010");
        Assert.Equal(["previous_permanence:3"], submission.Flagged(Rule));
        Assert.Equal("DOB", submission.Run(Rule)[0].Field);
    }
}
