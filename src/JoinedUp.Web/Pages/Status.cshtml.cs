using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JoinedUp.Web.Pages;

/// <summary>The page shown for an error status (403, 404 ...), keeping the status code.</summary>
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int code)
    {
        (Heading, Explanation) = code switch
        {
            403 => ("You do not have access to this page", "Your role and organisation do not allow you to see this. The attempt has been recorded."),
            404 => ("Page not found", "There is nothing at this address."),
            _ => ("Something went wrong", $"The request could not be completed (status {code})."),
        };
    }
}
