using System.CommandLine;
using JoinedUp.Cli.Output;
using JoinedUp.Domain.Geography;
using JoinedUp.Store;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Accounts.Passwords;
using JoinedUp.Web.Auditing;

namespace JoinedUp.Cli.Commands;

/// <summary>
/// `joinedup users add|disable|reset-password`: the accounts of a deployment, starting with its first administrator.
/// Each change is audited as the web's user management does, under the operating-system user who ran the command.
/// Exit 0 done, 2 nothing done (bad input, unknown user, no store).
/// </summary>
public static class UsersCommand
{
    /// <summary>The region `serve` serves, whose reference data an organisation is checked against.</summary>
    private static Region Region => Regions.London;

    public static Command Create()
    {
        var users = new Command("users", "Add, disable and reset the passwords of the people who sign in to the web application.");
        users.Subcommands.Add(Add());
        users.Subcommands.Add(Disable());
        users.Subcommands.Add(ResetPassword());
        return users;
    }

    private static Command Add()
    {
        var db = CommonOptions.Db();
        var userName = new Argument<string>("user-name") { Description = "The name the person signs in with (stored in lower case)." };
        var role = new Option<string>("--role") { Required = true, Description = $"One of {string.Join(", ", Roles.All)}." };
        var organisation = new Option<string>("--organisation")
        {
            Required = true,
            Description = "An LA's DfE code for la-analyst and la-practitioner, an ICS footprint for ics-lead (e.g. \"North Central London ICS\"), the region (\"London\") otherwise.",
        };
        var displayName = new Option<string?>("--display-name") { Description = "The person's name as pages show it (default: the user name)." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input instead of printing a new one-time password." };
        var command = new Command("add", "Add a user and print a one-time password.") { userName, role, organisation, displayName, passwordStdin, db };
        command.SetAction(parse => Failures.Guard(() =>
        {
            var name = Normalise(parse.GetValue(userName)!);
            var chosenRole = parse.GetValue(role)!.Trim();
            var chosenOrganisation = parse.GetValue(organisation)!.Trim();
            if (name.Length == 0 || name.Any(char.IsWhiteSpace))
                throw new ArgumentException($"users add: user name '{parse.GetValue(userName)}' must be one word without spaces.");
            if (RoleOrganisation.Problem(Region, chosenRole, chosenOrganisation) is { } problem)
                throw new ArgumentException($"users add: --organisation/--role: {problem}");
            var password = parse.GetValue(passwordStdin) ? ReadPassword(name) : null;

            using var store = CommonOptions.OpenStore(parse.GetValue(db), createIfMissing: false);
            var accounts = new UserAccounts(store);
            if (accounts.Find(name) is not null) throw new ArgumentException($"users add: there is already a user called {name}; nothing changed.");
            var display = parse.GetValue(displayName)?.Trim() is { Length: > 0 } given ? given : name;
            // A printed one-time password must be changed at first sign-in; one the operator chose and piped in need not be.
            var issued = accounts.Create(name, display, chosenRole, chosenOrganisation, password, mustChangePassword: password is null);
            Audit(store, "user.create", name, $"{chosenRole} {chosenOrganisation}");
            Console.WriteLine($"Added {name}: {Roles.Describe(chosenRole)}, {chosenOrganisation}.");
            if (password is null) Console.WriteLine($"One-time password (shown once): {issued}");
            return 0;
        }));
        return command;
    }

    private static Command Disable()
    {
        var db = CommonOptions.Db();
        var userName = new Argument<string>("user-name") { Description = "The user to disable: they can no longer sign in." };
        var command = new Command("disable", "Disable a user.") { userName, db };
        command.SetAction(parse => Failures.Guard(() =>
        {
            using var store = CommonOptions.OpenStore(parse.GetValue(db), createIfMissing: false);
            var accounts = new UserAccounts(store);
            var user = Existing(accounts, parse.GetValue(userName)!);
            accounts.SetDisabled(user.UserName, true);
            Audit(store, "user.disable", user.UserName);
            Console.WriteLine($"Disabled {user.UserName}.");
            return 0;
        }));
        return command;
    }

    private static Command ResetPassword()
    {
        var db = CommonOptions.Db();
        var userName = new Argument<string>("user-name") { Description = "The user whose password is replaced (and whose lockout ends)." };
        var command = new Command("reset-password", "Give a user a new one-time password and print it.") { userName, db };
        command.SetAction(parse => Failures.Guard(() =>
        {
            using var store = CommonOptions.OpenStore(parse.GetValue(db), createIfMissing: false);
            var accounts = new UserAccounts(store);
            var user = Existing(accounts, parse.GetValue(userName)!);
            var password = accounts.ResetPassword(user.UserName);
            Audit(store, "user.reset-password", user.UserName);
            Console.WriteLine($"New password for {user.UserName}.");
            Console.WriteLine($"One-time password (shown once): {password}");
            return 0;
        }));
        return command;
    }

    private static AppUser Existing(UserAccounts accounts, string userName) =>
        accounts.Find(userName) ?? throw new ArgumentException($"users: there is no user called {Normalise(userName)}; nothing changed.");

    private static string Normalise(string userName) => userName.Trim().ToLowerInvariant();

    /// <summary>The first line of standard input, checked against the same policy as every password (<see cref="PasswordPolicy"/>).</summary>
    private static string ReadPassword(string userName)
    {
        var line = Console.In.ReadLine();
        if (string.IsNullOrEmpty(line)) throw new ArgumentException("users add: --password-stdin: standard input held no password.");
        if (PasswordPolicy.Problem(userName, line) is { } problem) throw new ArgumentException($"users add: --password-stdin: {problem}");
        return line;
    }

    /// <summary>The same entry the web's user management writes, under "cli:" and the operating-system user.</summary>
    private static void Audit(RegionalStore store, string action, string userName, string detail = "") =>
        new AuditLog(store).Record($"cli:{Environment.UserName}", "", "", action, userName, AuditLog.Allowed, detail);
}
