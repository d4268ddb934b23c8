using JoinedUp.Domain.Children;

namespace JoinedUp.Register.Tests.Identity;

/// <summary>The NHS number's modulus 11 check digit (test numbers in the 999 range, which the NHS never issues).</summary>
public sealed class NhsNumberTests
{
    [Theory]
    [InlineData("9990000018")]
    [InlineData("999 000 0026")]
    [InlineData("999-000-0034")]
    [InlineData("9434765919")]
    public void A_number_whose_last_digit_matches_the_check_is_valid(string number) => Assert.True(NhsNumbers.IsValid(number));

    [Theory]
    [InlineData("9990000019", "modulus 11")]
    [InlineData("9434765918", "modulus 11")]
    [InlineData("9990000140", "modulus 11")] // the first nine digits call for a check of 10: no valid number starts so
    [InlineData("999000001", "ten digits")]
    [InlineData("99900000188", "ten digits")]
    [InlineData("99900A0018", "ten digits")]
    [InlineData("  ", "empty")]
    public void Any_other_number_is_refused_with_what_is_wrong(string number, string said)
    {
        var problem = NhsNumbers.Problem(number);
        Assert.NotNull(problem);
        Assert.Contains(said, problem);
        Assert.DoesNotContain(number.Trim().Length > 0 ? number.Trim() : "\u0000", problem);
    }
}
