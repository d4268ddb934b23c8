using System.Text.Json;
using JoinedUp.TestSupport;
using Microsoft.Data.Sqlite;

namespace JoinedUp.Cli.Tests;

/// <summary>`joinedup forecast --json`: a point a month from the start date, the first holding the children actually in care then.</summary>
public sealed class ForecastCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void The_first_point_holds_the_children_in_care_on_the_start_date()
    {
        var directory = Path.Combine(_folder.Path, "302", "2021");
        Directory.CreateDirectory(directory);
        File.WriteAllLines(Path.Combine(directory, "header.csv"),
        [
            "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
            "F1,1,14/02/2009,WBRI,UN1,,", "F2,2,03/11/2011,BAFR,UN1,,", "F3,1,21/07/2006,MWBC,UN1,,",
        ]);
        File.WriteAllLines(Path.Combine(directory, "episodes.csv"),
        [
            "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
            "F1,01/05/2020,S,C2,N1,U1,PR1,,,,CR0 2AB,CR7 8XY,1234567",
            "F2,15/06/2020,S,V2,N2,K2,PR4,20/01/2021,E13,,E15 1AA,E17 9BB,3456789",
            "F3,02/02/2021,S,C1,N4,H5,PR5,,,,N1 7GU,N4 2QQ,4567890",
        ]);
        var (imported, _, importError) = JoinedUpProcess.Run(_folder.Path, "import", "--db", "region.db", "--json", _folder.Path);
        Assert.True(imported == 0, importError);

        var (exit, output, error) = JoinedUpProcess.Run(_folder.Path, "forecast", "--db", "region.db", "--start", "2021-01-10", "--years", "2", "--json");

        Assert.True(exit == 0, error);
        var forecast = JsonDocument.Parse(output).RootElement;
        Assert.Equal("2021-01-10", forecast.GetProperty("start").GetString());
        var points = forecast.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(24, points.Count);
        Assert.Equal("2021-01-10", points[0].GetProperty("date").GetString());
        Assert.Equal("2021-02-10", points[1].GetProperty("date").GetString());
        // F1 and F2 are in care on 10 January 2021 (F2 until the 20th); F3 only comes into care in February.
        Assert.Equal(2, points[0].GetProperty("children").GetDouble());
        Assert.True(points[0].GetProperty("cost").GetDouble() > 0);
        Assert.True(points[0].GetProperty("states").EnumerateObject().Any());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
