using JoinedUp.Ingest.Values;

namespace JoinedUp.Ingest.Tests.Values;

public sealed class ReturnDatesTests
{
    [Theory]
    [InlineData("29/02/2024", 2024, 2, 29)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("01/12/1900", 1900, 12, 1)]
    [InlineData("1/2/2020", 2020, 2, 1)]
    [InlineData("31/01/2019 00:00:00", 2019, 1, 31)]
    [InlineData("2019-01-31T10:15:00", 2019, 1, 31)]
    public void Dates_as_LAs_write_them_are_read(string text, int year, int month, int day)
    {
        Assert.True(ReturnDates.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("29/02/2023")]
    [InlineData("31/04/2020")]
    [InlineData("00/01/2020")]
    [InlineData("01/13/2020")]
    [InlineData("2019-13-01")]
    [InlineData("2019-02-30")]
    [InlineData("01/01/1899")]
    [InlineData("1899-12-31")]
    [InlineData("ab/cd/efgh")]
    [InlineData("12/0x/2020")]
    [InlineData("-1/01/2020")]
    [InlineData("2020/01/01")]
    [InlineData("")]
    public void Anything_else_is_not_a_date(string text) => Assert.False(ReturnDates.TryParse(text, out _));
}
