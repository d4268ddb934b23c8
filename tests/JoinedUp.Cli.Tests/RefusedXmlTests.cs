using System.Text.Json;
using JoinedUp.TestSupport;

namespace JoinedUp.Cli.Tests;

/// <summary>
/// An XML return that declares a DTD, sent to `import` and `validate` as an LA's automation would: refused with what
/// JoinedUp refuses and why, the file and the line, and with --json the refusal is the one JSON line on stdout.
/// </summary>
public sealed class RefusedXmlTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("import")]
    [InlineData("validate")]
    public void A_DTD_is_refused_saying_what_and_why_with_its_line_and_json_prints_the_refusal(string command)
    {
        var folder = Path.Combine(_folder.Path, "returns", "302", "2024");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "cin.xml"), """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE Message [ <!ENTITY lol "lol"> <!ENTITY lol2 "&lol;&lol;&lol;&lol;"> ]>
            <Message><Header><CollectionDetails><Collection>CIN</Collection></CollectionDetails></Header><Children>&lol2;</Children></Message>
            """);
        string[] args = command == "import" ? ["import", "--db", "region.db", "--json", "returns"] : ["validate", "--json", "--out", "report", "returns"];

        var (exit, output, error) = JoinedUpProcess.Run(_folder.Path, args);

        Assert.Equal(2, exit);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var root = JsonDocument.Parse(line).RootElement;
        Assert.Empty(root.GetProperty("submissions").EnumerateArray());
        var file = Assert.Single(root.GetProperty("files").EnumerateArray());
        Assert.Equal("cin.xml", file.GetProperty("file").GetString());
        Assert.True(file.GetProperty("refused").GetBoolean());
        Assert.Equal("JU-XML-DTD", file.GetProperty("rule").GetString());
        Assert.Equal(2, file.GetProperty("row").GetInt32());
        var message = file.GetProperty("message").GetString()!;
        Assert.Contains("DTDs and entity declarations are not accepted", message);
        Assert.Contains("line 2", message);
        Assert.DoesNotContain("DtdProcessing", message);
        Assert.Contains("cin.xml row 2", error);
        Assert.DoesNotContain("line 0", error);
        Assert.DoesNotContain("DtdProcessing", error);
    }
}
