using JoinedUp.Register.Access;
using JoinedUp.Register.Referrals;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Dsr;

/// <summary>Referrals and what the DSR meeting decided: all of the user's LAs' for deciders, one's own for partners (audited).</summary>
public sealed class ReferralsModel : RegisterPageModel
{
    public IReadOnlyList<Referral> Referrals { get; private set; } = [];
    public Referral? Saved { get; private set; }
    public bool Decides { get; private set; }
    public bool SeesEntries { get; private set; }

    public IActionResult OnGet(long? saved)
    {
        try
        {
            var scope = Dsr.ScopeOf(Acting);
            (Decides, SeesEntries) = (scope.Decides, scope.SeesChildren);
            Referrals = Dsr.Referrals(Acting);
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
        Saved = saved is { } id ? Referrals.FirstOrDefault(r => r.Id == id) : null;
        return Page();
    }
}
