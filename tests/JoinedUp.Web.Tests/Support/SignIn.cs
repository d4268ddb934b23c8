using JoinedUp.Web.Accounts;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Support;

/// <summary>Signing in through the sign-in page as a person does, choosing a password first where one is required.</summary>
public static class SignIn
{
    public static Task<string> AsAsync(IPage page, Uri address, DemoUser user) => AsAsync(page, address, user.UserName, user.Password);

    /// <summary>
    /// Signs the page's context in; a user who must choose their own password (every new or reset account) does so on
    /// the change-password page. Returns the password the user has afterwards.
    /// </summary>
    public static async Task<string> AsAsync(IPage page, Uri address, string userName, string password)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).First.ClickAsync();
        await page.WaitForURLAsync(url => url == address + "" || url.Contains("/account/password", StringComparison.Ordinal));
        if (!page.Url.Contains("/account/password", StringComparison.Ordinal)) return password;
        var chosen = WebFixture.ChosenPassword(userName);
        await WebFixture.ChangePasswordAsync(page, password, chosen);
        await page.WaitForURLAsync(address + "");
        return chosen;
    }
}
