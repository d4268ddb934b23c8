using System.Diagnostics;
using System.Text.RegularExpressions;
using JoinedUp.Store;
using JoinedUp.Store.Location;
using JoinedUp.TestSupport;
using JoinedUp.Web.Accounts;
using Microsoft.Data.Sqlite;

namespace JoinedUp.Cli.Tests;

/// <summary>
/// `joinedup demo --no-serve` with its output redirected to a file, as a person pasting it or a script reading it
/// would have it: plain lines (no colour codes, no box drawing, nothing wrapped at 80 columns), one line per demo user
/// with a password that signs in, LA users named by their LA, and how to serve the store again.
/// </summary>
public sealed partial class DemoCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public void Redirected_output_is_plain_text_with_one_line_per_user_whose_password_signs_in()
    {
        var (exit, output, error) = JoinedUpProcess.Run(_folder.Path, "demo", "--folder", "demo", "--years", "2024", "--scale", "0.1", "--no-serve");

        Assert.True(exit == 0, output + error);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('│', output);
        Assert.DoesNotContain('─', output);
        Assert.DoesNotContain("warn:", output + error);

        // The per-LA summary: one line per LA, its name whole on the line ("Kensington and Chelsea" is not wrapped).
        Assert.Matches(@"(?m)^\s+207\s+Kensington and Chelsea\s+2024\s+\d", output);
        Assert.Matches(@"(?m)^\s+All LAs\s+2024\s+[\d,]+", output);

        var users = UserLine().Matches(output).ToDictionary(m => m.Groups["name"].Value, m => (Password: m.Groups["password"].Value, Role: m.Groups["role"].Value, Organisation: m.Groups["organisation"].Value.Trim()));
        Assert.Equal(["admin", "analyst", "director", "ics", "practitioner", "regional"], users.Keys.Order());
        Assert.Equal(("la-analyst", "Barnet (302)"), (users["analyst"].Role, users["analyst"].Organisation));
        Assert.Equal(("la-practitioner", "Barnet (302)"), (users["practitioner"].Role, users["practitioner"].Organisation));
        Assert.Equal("North Central London ICS", users["ics"].Organisation);
        Assert.Equal("London", users["director"].Organisation);

        var database = Path.Combine(_folder.Path, "demo", "joinedup.db");
        Assert.Contains($"./joinedup serve --db {database}", output);
        using var store = RegionalStore.Open(StoreLocation.Parse(database, _folder.Path), createIfMissing: false);
        var accounts = new UserAccounts(store);
        foreach (var (name, user) in users)
        {
            var result = accounts.CheckPassword(name, user.Password);
            Assert.True(result.Outcome == SignInOutcome.Succeeded, $"{name}: {result.Outcome}");
            Assert.Equal(user.Role, result.User!.Role);
        }
    }

    [Fact]
    public async Task Serve_answers_pages_with_forms_without_a_warning_in_its_output_and_keeps_its_keys_beside_the_store()
    {
        var (exit, _, error) = JoinedUpProcess.Run(_folder.Path, "init", "--db", "region.db");
        Assert.True(exit == 0, error);
        var start = JoinedUpProcess.StartInfo(_folder.Path, "serve", "--db", "region.db", "--port", "0");
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            var before = new List<string>();
            string first;
            while (!(first = await process.StandardOutput.ReadLineAsync() ?? "serving at (output ended)").Contains("serving at", StringComparison.Ordinal))
                before.Add(first);
            Assert.Empty(before);
            var address = Regex.Match(first, @"http://127\.0\.0\.1:\d+/").Value;
            Assert.False(string.IsNullOrEmpty(address), first);
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            for (var i = 0; i < 5; i++)
            {
                using var response = await http.GetAsync("/sign-in");
                Assert.True(response.IsSuccessStatusCode);
                Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        var output = await process.StandardOutput.ReadToEndAsync() + await errors;
        Assert.DoesNotContain("Antiforgery", output);
        Assert.DoesNotContain("ephemeral", output, StringComparison.OrdinalIgnoreCase);
        var keys = _folder.File("region.db.keys");
        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
    }

    [Fact]
    public void Text_tables_keep_every_row_on_one_line_and_align_numbers_right()
    {
        var text = Output.TextTable.Format(["LA", "Name", "Children"],
            [["302", "Barnet", "1,234"], ["207", "Kensington and Chelsea with a name far longer than eighty columns would allow", "5"]]);
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal(lines[1].Length, lines[2].Length);
        Assert.EndsWith("1,234", lines[1]);
        Assert.EndsWith("    5", lines[2]);
        Assert.Contains("far longer than eighty columns would allow", lines[2]);
    }

    [GeneratedRegex(@"(?m)^\s+(?<name>admin|analyst|director|ics|practitioner|regional)\s+(?<password>\S+)\s+(?<role>[a-z-]+)\s+(?<organisation>\S.*)$")]
    private static partial Regex UserLine();
}
