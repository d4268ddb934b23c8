using JoinedUp.Web.Accounts;
using Microsoft.Playwright;

namespace JoinedUp.Web.Tests.Support;

/// <summary>Signing in through the sign-in page as a person does.</summary>
public static class SignIn
{
    public static async Task AsAsync(IPage page, Uri address, DemoUser user)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("User name").FillAsync(user.UserName);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).First.ClickAsync();
        await page.WaitForURLAsync(address + "");
    }
}
