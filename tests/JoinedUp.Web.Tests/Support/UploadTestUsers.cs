using JoinedUp.Web.Accounts;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Support;

/// <summary>LA analysts of other LAs than the demo analyst's, made on demand for upload tests.</summary>
public static class UploadTestUsers
{
    /// <summary>Signs in an LA analyst of <paramref name="la"/>, creating the account the first time.</summary>
    public static Task<IPage> SignInAsync(WebFixture web, string userName, string la)
    {
        var accounts = new UserAccounts(web.App.Region.Store);
        var password = WebFixture.ChosenPassword(userName);
        if (accounts.Find(userName) is null)
            accounts.Create(userName, userName, Roles.LaAnalyst, la, password, mustChangePassword: false);
        else
            password = accounts.ResetPassword(userName);
        return web.SignInAsync(userName, password);
    }
}
