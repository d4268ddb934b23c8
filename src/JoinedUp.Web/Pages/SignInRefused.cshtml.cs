using JoinedUp.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JoinedUp.Web.Pages;

/// <summary>Where a refused sign-in through the organisation's provider ends: why, in words, from a fixed list (nothing from the address is echoed).</summary>
[AllowAnonymous]
public sealed class SignInRefusedModel : PageModel
{
    public string Explanation { get; private set; } = "";

    public void OnGet(string? reason) => Explanation = SignInRefusal.Explain(reason);
}
