using System.Text.Json;
using JoinedUp.Store;
using JoinedUp.Store.Location;
using JoinedUp.Store.Reading;
using JoinedUp.TestSupport;
using Microsoft.Data.Sqlite;

namespace JoinedUp.Cli.Tests;

/// <summary>`joinedup import` and `validate` as processes: their JSON for LAs' automation, exit codes, and messages.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string CopyFake()
    {
        var directory = Path.Combine(_folder.Path, "returns");
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(PublicFixtures.PathOf("ssda903-fake"), "*.csv"))
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        return directory;
    }

    [Fact]
    public void Import_json_has_the_documented_shape_and_the_store_holds_those_counts()
    {
        var returns = CopyFake();
        var (exit, output, error) = JoinedUpProcess.Run(_folder.Path, "import", "--db", "region.db", "--la", "302", "--year", "2018", "--json", returns);

        Assert.True(exit == 0, error);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var submission = Assert.Single(JsonDocument.Parse(line).RootElement.GetProperty("submissions").EnumerateArray());
        Assert.Equal("302", submission.GetProperty("la").GetString());
        Assert.Equal("ssda903", submission.GetProperty("return").GetString());
        Assert.Equal(2018, submission.GetProperty("year").GetInt32());
        Assert.Equal(2675, submission.GetProperty("children").GetInt32());
        Assert.Equal(5050, submission.GetProperty("episodes").GetInt32());
        var errors = submission.GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.True(errors["501"] > 0);

        SqliteConnection.ClearAllPools();
        using var store = RegionalStore.Open(StoreLocation.Parse(_folder.File("region.db"), _folder.Path), createIfMissing: false);
        var stored = Assert.Single(store.Submissions());
        Assert.Equal((2675, 5050), (stored.Children, stored.Episodes));
        Assert.Equal(errors, store.IssueCounts(stored.Id));
    }

    [Fact]
    public void Validate_writes_csv_and_html_reports_and_stores_nothing()
    {
        var returns = CopyFake();
        var (exit, output, error) = JoinedUpProcess.Run(_folder.Path, "validate", "--la", "302", "--year", "2018", "--out", "report", returns);

        Assert.True(exit == 0, error);
        Assert.Contains("validation-report.csv", output);
        var csv = File.ReadAllLines(_folder.File("report/validation-report.csv"));
        Assert.Equal("la,return,year,outcome,rule,severity,message,file,table,row,child,field", csv[0]);
        Assert.Contains(csv, l => l.StartsWith("302,ssda903,2018,loaded,501,flagged,", StringComparison.Ordinal));
        Assert.Contains("<h1>Validation report</h1>", File.ReadAllText(_folder.File("report/validation-report.html")));
        Assert.False(File.Exists(_folder.File("joinedup.db")));
    }

    [Fact]
    public void A_file_that_cannot_be_placed_gets_a_clear_message_and_exit_code_2()
    {
        var path = _folder.File("episodes.csv");
        File.Copy(PublicFixtures.PathOf("ssda903-fake", "episodes.csv"), path);
        var (exit, _, error) = JoinedUpProcess.Run(_folder.Path, "import", "--db", "region.db", path);
        Assert.Equal(2, exit);
        Assert.Contains("episodes.csv", error);
        Assert.Contains("Cannot tell which LA sent this file", error);
    }

    [Fact]
    public void A_refused_submission_exits_1_and_says_so_in_json()
    {
        var returns = CopyFake();
        var episodes = Path.Combine(returns, "episodes.csv");
        File.WriteAllText(episodes, File.ReadAllText(episodes).Replace(",C2,N3,T2,", ",C2,N3,XX,"));
        var (exit, output, _) = JoinedUpProcess.Run(_folder.Path, "import", "--db", "region.db", "--la", "302", "--year", "2018", "--json", returns);
        Assert.Equal(1, exit);
        var submission = JsonDocument.Parse(output).RootElement.GetProperty("submissions")[0];
        Assert.True(submission.GetProperty("refused").GetBoolean());
        Assert.True(submission.GetProperty("errors").GetProperty("146").GetInt32() > 0);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
