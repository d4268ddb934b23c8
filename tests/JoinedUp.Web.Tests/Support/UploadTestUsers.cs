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

    /// <summary>Signs in a user of <paramref name="organisation"/> (an LA analyst unless another role is given), creating the account the first time.</summary>
    public static Task<IPage> SignInAsync(WebFixture web, string userName, string organisation, string role = Roles.LaAnalyst)
    {
        var password = Passwords.GetOrAdd((web.App.Address, userName), _ =>
        {
            var chosen = WebFixture.ChosenPassword(userName);
            new UserAccounts(web.App.Region.Store).Create(userName, userName, role, organisation, chosen, mustChangePassword: false);
            return chosen;
        });
        return web.SignInAsync(userName, password);
    }

    /// <summary>Barnet's analyst (Barnet holds the seeded returns).</summary>
    public static Task<IPage> BarnetAsync(WebFixture web) => SignInAsync(web, "barnet-analyst", "302");
}
