using System.CommandLine;
using System.Globalization;
using JoinedUp.Cli.Output;
using JoinedUp.Forecast;
using JoinedUp.Forecast.Backtests;
using JoinedUp.Forecast.Configuration;
using JoinedUp.Forecast.History;
using JoinedUp.Forecast.Json;
using JoinedUp.Store.Reading;
using Spectre.Console;

namespace JoinedUp.Cli.Commands;

/// <summary>
/// `joinedup forecast [--db PATH|URL] [--la CODE] [--start YYYY-MM-DD] [--years N] [--json]`: children in care and the
/// cost of their placements, a point a month, projected from the SSDA903 episodes in the store; with the backtests
/// that say how far to trust it.
/// </summary>
public static class ForecastCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var la = new Option<string[]>("--la") { Description = "DfE code of an LA to forecast (repeat for several; default the whole store).", AllowMultipleArgumentsPerToken = true };
        var start = new Option<string?>("--start") { Description = "First date of the forecast, YYYY-MM-DD (default the latest date in the data)." };
        var years = new Option<int>("--years") { Description = "Years to project (1-10).", DefaultValueFactory = _ => 5 };
        var json = CommonOptions.Json();
        var command = new Command("forecast", "Project looked-after children and placement costs, with backtests.") { db, la, start, years, json };
        command.SetAction(parse => Failures.Guard(() =>
        {
            using var store = CommonOptions.OpenStore(parse.GetValue(db), createIfMissing: false);
            var codes = parse.GetValue(la) is { Length: > 0 } given ? given : null;
            var (latestByLa, firstYear) = store.ReturnYearsWithEpisodes(codes);
            var history = CareHistory.BuildByChild(store.LoadedEpisodesByChild(codes), latestByLa);
            if (history.LocalAuthorities.Count == 0) throw new ArgumentException("The store holds no SSDA903 episodes" + (codes is null ? "." : $" for {string.Join(", ", codes)}."));
            var startText = parse.GetValue(start);
            DateOnly? startDate = startText is null ? null
                : DateOnly.TryParseExact(startText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                : throw new ArgumentException($"--start '{startText}' is not a date in the form YYYY-MM-DD.");
            var request = new ForecastRequest { Area = codes is null ? "region" : string.Join("+", codes), LaCodes = codes, Start = startDate, Years = parse.GetValue(years) };
            using var connection = store.OpenConnection();
            var placements = JoinedUp.Analytics.Placements.SnapshotPlacements.Load(connection, new JoinedUp.Disclosure.RecordKeys(JoinedUp.Store.Keys.RecordKeySecret.For(store)));
            var configuration = JoinedUp.Web.Forecasting.RegionalCosts.For(placements, codes);
            var result = Forecaster.Run(history, configuration, request);
            if (parse.GetValue(json))
            {
                Console.WriteLine(ForecastJson.Serialize(result));
                return 0;
            }
            // Before the first collection year loaded, the returns show only the children still in care then: backtests start there.
            var completeFrom = new DateOnly(firstYear!.Value - 1, 4, 1);
            Show(result, Backtest.Run(history, configuration, request.Area, completeFrom));
            return 0;
        }));
        return command;
    }

    private static void Show(Forecast.Results.ForecastResult result, IReadOnlyList<BacktestYear> backtests)
    {
        var table = new Table().AddColumns("Financial year", "Children in care (start)", "Projected spend");
        foreach (var spend in result.YearlySpend)
        {
            var point = result.Points.FirstOrDefault(p => p.Date >= spend.From);
            table.AddRow(Markup.Escape(Forecast.Results.FinancialYear.Label(spend.From, spend.To)), point is null ? "" : point.Children.ToString("N0", CultureInfo.InvariantCulture),
                "£" + spend.Total.ToString("N0", CultureInfo.InvariantCulture));
        }
        AnsiConsole.MarkupLine($"[bold]Forecast for {Markup.Escape(result.Area)}[/] from {result.Points[0].Date:yyyy-MM-dd}");
        AnsiConsole.Write(table);
        if (backtests.Count == 0) return;
        var errors = new Table().AddColumns("Backtest year", "MAPE (total)", "Bias (total)");
        foreach (var b in backtests)
            errors.AddRow(b.Year.ToString(), b.Total.Mape is { } mape ? $"{mape:0.0}%" : "n/a", b.Total.BiasPercent is { } bias ? $"{bias:+0.0;-0.0}%" : "n/a");
        AnsiConsole.MarkupLine("How past forecasts fared (fit on years up to Y-1, forecast year Y):");
        AnsiConsole.Write(errors);
    }
}
