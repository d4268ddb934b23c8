using JoinedUp.Register;
using JoinedUp.Register.Access;
using JoinedUp.Register.Reviews;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Dsr;

/// <summary>The region's review cadence: days between reviews at red, amber and green (regional analysts and administrators).</summary>
public sealed class CadenceModel : RegisterPageModel
{
    public string? Error { get; private set; }
    public bool Saved { get; private set; }

    [BindProperty] public int RedDays { get; set; }
    [BindProperty] public int AmberDays { get; set; }
    [BindProperty] public int GreenDays { get; set; }

    public void OnGet(bool saved)
    {
        Saved = saved;
        (RedDays, AmberDays, GreenDays) = (Dsr.Cadence.RedDays, Dsr.Cadence.AmberDays, Dsr.Cadence.GreenDays);
    }

    public IActionResult OnPost()
    {
        try
        {
            Dsr.SetReviewCadence(Acting, new ReviewCadence(RedDays, AmberDays, GreenDays));
            return Redirect("/register/cadence?saved=true");
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
        catch (RegisterRuleException e)
        {
            Error = e.Message;
            return Page();
        }
    }
}
