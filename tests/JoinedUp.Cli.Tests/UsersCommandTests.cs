using System.Text.RegularExpressions;
using Dapper;
using JoinedUp.Store;
using JoinedUp.Store.Location;
using JoinedUp.TestSupport;
using JoinedUp.Web.Accounts;
using Microsoft.Data.Sqlite;

namespace JoinedUp.Cli.Tests;

/// <summary>`joinedup users add|disable|reset-password` run as a process over a SQLite store, checked in the store itself.</summary>
public sealed partial class UsersCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public UsersCommandTests()
    {
        var (exit, _, error) = JoinedUpProcess.Run(_folder.Path, "init", "--db", "region.db");
        Assert.True(exit == 0, error);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private T WithStore<T>(Func<RegionalStore, T> read)
    {
        using var store = RegionalStore.Open(StoreLocation.Parse(_folder.File("region.db"), _folder.Path), createIfMissing: false);
        var result = read(store);
        SqliteConnection.ClearAllPools();
        return result;
    }

    private List<T> Query<T>(string sql) => WithStore(store =>
    {
        using var connection = store.OpenConnection();
        return connection.Query<T>(sql).ToList();
    });

    internal static string OneTimePassword(string output) => OneTimePasswordLine().Match(output) is { Success: true } m ? m.Groups[1].Value
        : throw new Xunit.Sdk.XunitException($"no one-time password in: {output}");

    [Fact]
    public void Add_prints_a_one_time_password_that_signs_in_and_audits_the_creation()
    {
        var (exit, output, error) = JoinedUpProcess.Run(_folder.Path, "users", "add", "Barnet.Analyst", "--role", "la-analyst", "--organisation", "302", "--db", "region.db");
        Assert.True(exit == 0, error);
        var password = OneTimePassword(output);
        var result = WithStore(store => new UserAccounts(store).CheckPassword("barnet.analyst", password));
        Assert.Equal(SignInOutcome.Succeeded, result.Outcome);
        Assert.Equal(("la-analyst", "302"), (result.User!.Role, result.User.Organisation));
        var audited = Query<(string User, string Action, string Target)>("SELECT user_name AS User, action AS Action, target AS Target FROM audit_log");
        Assert.Contains(audited, a => a.Action == "user.create" && a.Target == "barnet.analyst" && a.User.StartsWith("cli:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("la-analyst", "999", "'999' is not the DfE code of an LA in London")]
    [InlineData("ics-lead", "Barnet", "'Barnet' is not one of")]
    [InlineData("director", "302", "must be 'London'")]
    [InlineData("superuser", "London", "'superuser' is not a JoinedUp role")]
    public void An_organisation_that_does_not_fit_the_role_is_refused_with_a_clear_message_and_nothing_changes(string role, string organisation, string message)
    {
        var (exit, output, error) = JoinedUpProcess.Run(_folder.Path, "users", "add", "someone", "--role", role, "--organisation", organisation, "--db", "region.db");
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.DoesNotContain("password", output, StringComparison.OrdinalIgnoreCase);
        Assert.Null(WithStore(store => new UserAccounts(store).Find("someone")));
    }

    [Fact]
    public void Ics_leads_belong_to_a_footprint_and_a_second_user_of_the_same_name_is_refused()
    {
        var first = JoinedUpProcess.Run(_folder.Path, "users", "add", "ncl", "--role", "ics-lead", "--organisation", "North Central London ICS", "--db", "region.db");
        Assert.True(first.ExitCode == 0, first.Error);
        var again = JoinedUpProcess.Run(_folder.Path, "users", "add", "NCL", "--role", "director", "--organisation", "London", "--db", "region.db");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already a user called ncl", again.Error);
        Assert.Equal(Roles.IcsLead, WithStore(store => new UserAccounts(store).Find("ncl")!.Role));
    }

    [Fact]
    public void Password_stdin_sets_the_password_given_and_prints_none()
    {
        const string chosen = "correct horse battery staple";
        var (exit, output, error) = JoinedUpProcess.RunWithInput(_folder.Path, chosen + "\n", "users", "add", "admin", "--role", "administrator", "--organisation", "London",
            "--password-stdin", "--db", "region.db");
        Assert.True(exit == 0, error);
        Assert.DoesNotContain(chosen, output);
        Assert.DoesNotContain("One-time password", output);
        Assert.Equal(SignInOutcome.Succeeded, WithStore(store => new UserAccounts(store).CheckPassword("admin", chosen).Outcome));

        var tooShort = JoinedUpProcess.RunWithInput(_folder.Path, "short\n", "users", "add", "other", "--role", "administrator", "--organisation", "London",
            "--password-stdin", "--db", "region.db");
        Assert.Equal(2, tooShort.ExitCode);
        Assert.Contains("at least 12 characters", tooShort.Error);
    }

    [Fact]
    public void Disable_stops_sign_in_and_reset_password_replaces_the_old_password()
    {
        var added = JoinedUpProcess.Run(_folder.Path, "users", "add", "director", "--role", "director", "--organisation", "London", "--db", "region.db");
        Assert.True(added.ExitCode == 0, added.Error);
        var first = OneTimePassword(added.Output);

        var reset = JoinedUpProcess.Run(_folder.Path, "users", "reset-password", "Director", "--db", "region.db");
        Assert.True(reset.ExitCode == 0, reset.Error);
        var second = OneTimePassword(reset.Output);
        Assert.NotEqual(first, second);
        Assert.Equal(SignInOutcome.Failed, WithStore(store => new UserAccounts(store).CheckPassword("director", first).Outcome));
        Assert.Equal(SignInOutcome.Succeeded, WithStore(store => new UserAccounts(store).CheckPassword("director", second).Outcome));

        var disabled = JoinedUpProcess.Run(_folder.Path, "users", "disable", "director", "--db", "region.db");
        Assert.True(disabled.ExitCode == 0, disabled.Error);
        Assert.Equal(SignInOutcome.Disabled, WithStore(store => new UserAccounts(store).CheckPassword("director", second).Outcome));
        var actions = Query<string>("SELECT action FROM audit_log WHERE target = 'director' ORDER BY id");
        Assert.Equal(["user.create", "user.reset-password", "user.disable"], actions);
    }

    [Fact]
    public void An_unknown_user_or_a_missing_store_is_refused_with_exit_code_2()
    {
        var unknown = JoinedUpProcess.Run(_folder.Path, "users", "disable", "nobody", "--db", "region.db");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no user called nobody", unknown.Error);
        var missing = JoinedUpProcess.Run(_folder.Path, "users", "add", "admin", "--role", "administrator", "--organisation", "London", "--db", "elsewhere.db");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("joinedup init", missing.Error);
        Assert.False(File.Exists(_folder.File("elsewhere.db")));
    }

    [GeneratedRegex(@"One-time password \(shown once\): (\S+)")]
    private static partial Regex OneTimePasswordLine();
}
