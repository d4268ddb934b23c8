using JoinedUp.Register;
using JoinedUp.Register.Access;
using JoinedUp.Register.Overdue;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Registering;

namespace JoinedUp.Web.Pages;

public sealed class IndexModel(DynamicSupportRegister register) : ScopedPage
{
    public string OrganisationName => Roles.BelongsToLa(Scope.Role) && Region.Contains(Scope.Organisation) ? Region[Scope.Organisation].Name : Scope.Organisation;

    /// <summary>Overdue register work for LA and ICS users' teams (empty for other roles).</summary>
    public OverdueWork? Overdue { get; private set; }

    public bool KeepsRegister => Scope.Role is Roles.LaAnalyst or Roles.LaPractitioner or Roles.IcsLead;

    public bool SeesRegionalRegister => Scope.Role is Roles.RegionalAnalyst or Roles.Director;

    public void OnGet()
    {
        if (!KeepsRegister) return;
        try
        {
            Overdue = register.Overdue(RegisterUsers.From(User), limit: 50);
        }
        catch (RegisterAccessDeniedException)
        {
            // An organisation outside the region keeps no register here (the refusal is in dsr_audit); the home page still shows.
        }
    }
}
