using System.Text;
using System.Text.Json;
using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.TestSupport;

namespace JoinedUp.Cli.Tests;

/// <summary>
/// `joinedup validate --rules` run as its own process: every rule of the year (or of every year) with its years, table,
/// fields, message and whether it runs, the JoinedUp checks marked as such, and with files the failures per rule.
/// </summary>
public sealed class ValidateRulesTests : IDisposable
{
    private const int BadEthnicities = 3;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_json_lists_every_rule_of_the_year_once_with_its_status_and_the_joinedup_checks()
    {
        var (exit, output, error) = JoinedUpProcess.Run(_folder.Path, "validate", "--rules", "--year", "2025", "--json");

        Assert.True(exit == 0, error);
        var root = JsonDocument.Parse(Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        Assert.Equal(2025, root.GetProperty("year").GetInt32());
        var rules = root.GetProperty("rules").EnumerateArray().ToList();
        var codes = rules.Select(r => r.GetProperty("code").GetString()!).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var rule in Ssda903RuleSet.For(2025))
        {
            var listed = rules.Single(r => r.GetProperty("code").GetString() == rule.Code);
            Assert.Equal(rule.Years.ToString(), listed.GetProperty("years").GetString());
            Assert.Equal(rule.Table, listed.GetProperty("table").GetString());
            Assert.Equal(rule.Message, listed.GetProperty("message").GetString());
            Assert.Equal(rule.Fields, listed.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!));
            var status = rule.NeedsData is { } reason ? "needs data: " + reason : rule.NeedsPreviousReturn ? "needs last year's return" : "runs";
            Assert.Equal(status, listed.GetProperty("status").GetString());
        }
        var check = rules.Single(r => r.GetProperty("code").GetString() == "JU14");
        Assert.Equal("JoinedUp check", check.GetProperty("kind").GetString());
        Assert.Equal("runs", check.GetProperty("status").GetString());
        var rule356 = rules.Single(r => r.GetProperty("code").GetString() == "356");
        Assert.Equal("DfE rule", rule356.GetProperty("kind").GetString());
        Assert.False(rule356.TryGetProperty("count", out _));
        Assert.Equal(Ssda903RuleList.For(2025).Count, rules.Count);
    }

    [Fact]
    public void The_text_lists_every_rule_of_every_year_with_a_line_each()
    {
        var (exit, output, error) = JoinedUpProcess.Run(_folder.Path, "validate", "--rules");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var expected = Ssda903RuleList.For(null);
        Assert.StartsWith($"SSDA903 rules for every collection year held (2023/24 to 2025/26): {expected.Count} in all", lines[0]);
        Assert.Matches(@"^\s+Code\s+Years\s+Table\s+Fields\s+Kind\s+Status\s+Message$", lines[1]);
        Assert.Equal(expected.Count, lines.Length - 2);
        var line356 = Assert.Single(lines, l => l.TrimStart().StartsWith("356 ", StringComparison.Ordinal));
        Assert.Contains(Ssda903RuleSet.ByCode("356")!.Message, line356);
        Assert.Contains("runs", line356);
        Assert.Contains(lines, l => l.TrimStart().StartsWith("JU14 ", StringComparison.Ordinal) && l.Contains("JoinedUp check", StringComparison.Ordinal));
    }

    [Fact]
    public void With_files_each_rule_gets_its_count_of_failures()
    {
        var directory = Path.Combine(_folder.Path, "returns", "302", "2024");
        Directory.CreateDirectory(directory);
        var header = new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
        var episodes = new StringBuilder("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n");
        for (var i = 0; i < 5; i++)
        {
            header.Append($"C{i:D4},1,14/02/2012,{(i < BadEthnicities ? "XXXX" : "WBRI")},,,\n");
            episodes.Append($"C{i:D4},01/06/2023,S,C2,N1,U4,PR4,,,,CR0 2AB,SE25 4QQ,2345678\n");
        }
        File.WriteAllText(Path.Combine(directory, "header.csv"), header.ToString());
        File.WriteAllText(Path.Combine(directory, "episodes.csv"), episodes.ToString());

        var (exit, output, error) = JoinedUpProcess.Run(_folder.Path, "validate", "--rules", "--year", "2024", "--json", "--out", "report", "returns");

        Assert.True(exit == 0, error);
        var root = JsonDocument.Parse(Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        var rules = root.GetProperty("rules").EnumerateArray().ToList();
        var submission = Assert.Single(root.GetProperty("submissions").EnumerateArray());
        var errors = submission.GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(BadEthnicities, rules.Single(r => r.GetProperty("code").GetString() == "103").GetProperty("count").GetInt32());
        Assert.Equal(BadEthnicities, errors["103"]);
        Assert.All(rules, r => Assert.Equal(errors.GetValueOrDefault(r.GetProperty("code").GetString()!), r.GetProperty("count").GetInt32()));
        Assert.True(File.Exists(Path.Combine(_folder.Path, "report", "validation-report.html")));
        var html = File.ReadAllText(Path.Combine(_folder.Path, "report", "validation-report.html"));
        Assert.Contains($"<td>103</td><td>{System.Net.WebUtility.HtmlEncode(Ssda903RuleSet.Describe("103", 2024)!.Message)}</td><td>{BadEthnicities}</td>", html);
        // No previous year's files were given: the report says the previous-year rules did not run (or that the year has none).
        Assert.Contains(System.Net.WebUtility.HtmlEncode(PreviousYearRules.Of(null, Ssda903RuleSet.For(2024)).Summary), html);
    }

    [Fact]
    public void Validate_without_files_or_rules_says_what_to_give()
    {
        var (exit, _, error) = JoinedUpProcess.Run(_folder.Path, "validate");
        Assert.Equal(2, exit);
        Assert.Contains("name the files or folders to validate", error);
    }
}
