using JoinedUp.Web.Accounts;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Support;

/// <summary>Signing in through the sign-in page as a person does, choosing a password first where one is required.</summary>
public static class SignIn
{
    /// <summary>Signs the page's context in; returns the password the user has afterwards.</summary>
    public static async Task<string> AsAsync(IPage page, Uri address, DemoUser user)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("User name").FillAsync(user.UserName);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).First.ClickAsync();
        await page.WaitForURLAsync(url => url == address + "" || url.Contains("/account/password", StringComparison.Ordinal));
        if (!page.Url.Contains("/account/password", StringComparison.Ordinal)) return user.Password;
        var chosen = WebFixture.ChosenPassword(user.UserName);
        await WebFixture.ChangePasswordAsync(page, user.Password, chosen);
        await page.WaitForURLAsync(address + "");
        return chosen;
    }
}
