using JoinedUp.Forecast.Configuration;
using JoinedUp.Forecast.History;
using JoinedUp.Forecast.Results;

namespace JoinedUp.Forecast.Tests;

/// <summary>A forecast's yearly spend runs over financial years (1 April to 31 March), the first and last partial when the forecast starts after 1 April.</summary>
public class FinancialYearTests
{
    private static readonly Lazy<CareHistory> History = new(() => CareHistory.Build(SyntheticRegion.Episodes(localAuthorities: 2, seed: 7)));

    [Theory]
    [InlineData("2025-01-01", "2024-04-01")]
    [InlineData("2025-03-31", "2024-04-01")]
    [InlineData("2025-04-01", "2025-04-01")]
    [InlineData("2025-12-31", "2025-04-01")]
    public void A_financial_year_starts_on_the_1_April_on_or_before_a_date(string date, string start) =>
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), FinancialYear.StartOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_forecast_from_1_January_has_a_partial_first_and_last_financial_year()
    {
        var start = new DateOnly(2025, 1, 1);
        var result = Forecaster.Run(History.Value, ForecastConfiguration.Default(), new ForecastRequest { Start = start, Years = 2 });

        Assert.Equal(
            ["2024-25 (from 1 Jan 2025)", "2025-26", "2026-27 (to 31 Dec 2026)"],
            result.YearlySpend.Select(y => FinancialYear.Label(y.From, y.To)).ToArray());
        Assert.Equal([new DateOnly(2025, 1, 1), new DateOnly(2025, 4, 1), new DateOnly(2026, 4, 1)], result.YearlySpend.Select(y => y.From).ToArray());
        Assert.Equal([new DateOnly(2025, 4, 1), new DateOnly(2026, 4, 1), new DateOnly(2027, 1, 1)], result.YearlySpend.Select(y => y.To).ToArray());
        // Each year's spend is the spend of the months in it: 3, 12 and 9 months.
        foreach (var year in result.YearlySpend)
        {
            var months = result.Points.Where(p => p.Date >= year.From && p.Date < year.To).ToList();
            Assert.Equal(year.Total, months.Sum(p => p.Cost), 6);
            Assert.Equal(year.ByCategory.Values.Sum(), year.Total, 6);
        }
        Assert.Equal([3, 12, 9], result.YearlySpend.Select(y => result.Points.Count(p => p.Date >= y.From && p.Date < y.To)).ToArray());
    }

    [Fact]
    public void A_forecast_from_1_April_has_whole_financial_years()
    {
        var result = Forecaster.Run(History.Value, ForecastConfiguration.Default(), new ForecastRequest { Start = new DateOnly(2025, 4, 1), Years = 3 });
        Assert.Equal(["2025-26", "2026-27", "2027-28"], result.YearlySpend.Select(y => FinancialYear.Label(y.From, y.To)).ToArray());
    }
}
