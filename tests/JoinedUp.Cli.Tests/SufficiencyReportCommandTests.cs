using JoinedUp.TestSupport;

namespace JoinedUp.Cli.Tests;

/// <summary>
/// `joinedup provision ...` and `joinedup report sufficiency --ics NAME --out DIR` as a user runs them: a synthetic
/// region and its provision map loaded, the report written, and bad input refused with a clear message.
/// </summary>
public sealed class SufficiencyReportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void The_report_is_written_for_an_ICS_and_bad_input_is_refused()
    {
        string[] options = ["--scale", "0.3"];
        Assert.Equal(0, JoinedUpProcess.Run(_folder.Path, ["generate", "--years", "2023-2024", "--out", "gen", .. options]).ExitCode);
        var (imported, _, importError) = JoinedUpProcess.Run(_folder.Path, "import", "--db", "region.db", "gen");
        Assert.True(imported is 0 or 1, importError);
        var (generated, generatedFolder, _) = JoinedUpProcess.Run(_folder.Path, ["provision", "generate", "--out", "gen", "--first-year", "2023", "--last-year", "2024", .. options]);
        Assert.Equal(0, generated);
        Assert.EndsWith("provision", generatedFolder.Trim(), StringComparison.Ordinal);

        var (loaded, loadedText, loadError) = JoinedUpProcess.Run(_folder.Path, "provision", "establishments", "--db", "region.db", "gen/provision/establishments.csv");
        Assert.True(loaded == 0, loadError);
        Assert.StartsWith("Loaded ", loadedText, StringComparison.Ordinal);
        Assert.Equal(0, JoinedUpProcess.Run(_folder.Path, "provision", "services", "--db", "region.db", "--la", "209", "gen/provision/209/services.csv").ExitCode);

        var (exit, output, error) = JoinedUpProcess.Run(_folder.Path, "report", "sufficiency", "--db", "region.db", "--ics", "South East London", "--out", "board");
        Assert.True(exit == 0, error);
        var path = Path.Combine(_folder.Path, "board", "sufficiency-south-east-london-ics-2024.html");
        Assert.Equal(Path.GetFullPath(path), Path.GetFullPath(Path.Combine(_folder.Path, output.Trim())));
        var html = File.ReadAllText(path);
        Assert.Contains("<h1>Placement sufficiency and gaps: South East London ICS</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"settings-map\"", html, StringComparison.Ordinal);
        Assert.Contains("@page{size:A4", html, StringComparison.Ordinal);

        var (unknown, _, unknownError) = JoinedUpProcess.Run(_folder.Path, "report", "sufficiency", "--db", "region.db", "--ics", "Mid Kent", "--out", "board");
        Assert.Equal(2, unknown);
        Assert.Contains("'Mid Kent' is not a footprint of London. Choose one of: ", unknownError, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_folder.Path, "bad.csv"), "urn,name\r\n1234567,Oak House\r\n");
        var (bad, _, badError) = JoinedUpProcess.Run(_folder.Path, "provision", "establishments", "--db", "region.db", "bad.csv");
        Assert.Equal(2, bad);
        Assert.Contains("bad.csv row 1 field type: rule JU-PROV-COLUMN-MISSING", badError, StringComparison.Ordinal);
        Assert.Contains("nothing was loaded", badError, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
