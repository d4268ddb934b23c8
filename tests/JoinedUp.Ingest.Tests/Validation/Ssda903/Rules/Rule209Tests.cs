using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule209Tests
{
    private static readonly Rule209 Rule = new();

    // 2024/25 began on 01/04/2024: the reference date is 31/08/2023, so a child born on or before 31/08/2019 is of school age.
    [Theory]
    [InlineData("31/08/2019", "UN1", true)]
    [InlineData("03/10/2015", "UN1", true)]
    [InlineData("01/09/2019", "UN1", false)]
    [InlineData("31/08/2019", "UN2", false)]
    [InlineData("31/08/2019", null, false)]
    [InlineData(null, "UN1", false)]
    public void A_child_of_school_age_must_not_have_un1(string? dob, string? upn, bool flagged)
    {
        var submission = new TestReturn().Header(child: "A").Header(child: "B", dob: dob, upn: upn);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
    }
}
