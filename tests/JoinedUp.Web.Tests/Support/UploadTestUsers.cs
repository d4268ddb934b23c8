using System.Collections.Concurrent;
using JoinedUp.Web.Accounts;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Support;

/// <summary>
/// LA analysts made on demand for upload tests, each with a password of their own from the start (one sign-in, no
/// forced change: the upload tests sign in often).
/// </summary>
public static class UploadTestUsers
{
    private static readonly ConcurrentDictionary<(Uri App, string User), string> Passwords = new();

    /// <summary>Signs in an LA analyst of <paramref name="la"/>, creating the account the first time.</summary>
    public static Task<IPage> SignInAsync(WebFixture web, string userName, string la)
    {
        var password = Passwords.GetOrAdd((web.App.Address, userName), _ =>
        {
            var chosen = WebFixture.ChosenPassword(userName);
            new UserAccounts(web.App.Region.Store).Create(userName, userName, Roles.LaAnalyst, la, chosen, mustChangePassword: false);
            return chosen;
        });
        return web.SignInAsync(userName, password);
    }

    /// <summary>Barnet's analyst (Barnet holds the seeded returns).</summary>
    public static Task<IPage> BarnetAsync(WebFixture web) => SignInAsync(web, "barnet-analyst", "302");
}
