using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule620Tests
{
    private static readonly Rule620 Rule = new();

    // 2024/25 began on 01/04/2024: a mother born after 01/04/2013 was under 11 then.
    [Theory]
    [InlineData("02/04/2013", "1", true)]
    [InlineData("07/02/2020", "1", true)]
    [InlineData("01/04/2013", "1", false)] // 11 on the first day
    [InlineData("18/01/1981", "1", false)]
    [InlineData("02/04/2013", "0", false)]
    [InlineData(null, "1", false)]
    public void A_mother_under_11_is_flagged(string? dob, string mother, bool flagged)
    {
        var submission = new TestReturn().Header(child: "A").Header(child: "B", sex: "F", dob: dob, mother: mother, mcDob: "01/03/2024");
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
    }
}
