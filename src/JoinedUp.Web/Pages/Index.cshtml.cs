using JoinedUp.Web.Accounts;

namespace JoinedUp.Web.Pages;

public sealed class IndexModel : ScopedPage
{
    public string OrganisationName => Roles.IsLaRole(Scope.Role) && Region.Contains(Scope.Organisation) ? Region[Scope.Organisation].Name : Scope.Organisation;

    public void OnGet()
    {
    }
}
