using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

public sealed class Rule174Tests
{
    private static readonly Rule174 Rule = new();

    [Theory]
    [InlineData(2024, "1", "19/02/2023", true)]
    [InlineData(2024, "1", null, false)]
    [InlineData(2024, "2", "19/02/2023", false)]
    [InlineData(2025, "M", "19/02/2023", true)]
    [InlineData(2025, "M", null, false)]
    [InlineData(2025, "F", "19/02/2023", false)]
    [InlineData(2025, "U", "19/02/2023", false)]
    [InlineData(2026, "M", "19/02/2023", true)]
    public void A_male_child_cannot_have_a_mothers_child_dob(int year, string sex, string? mcDob, bool flagged)
    {
        var submission = new TestReturn(year).Header(child: "A").Header(child: "B", sex: sex, mother: mcDob is null ? null : "1", mcDob: mcDob);
        Assert.Equal(flagged ? ["header:3"] : [], submission.Flagged(Rule));
    }
}
