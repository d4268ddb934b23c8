using JoinedUp.Review.Access;
using JoinedUp.Review.Actions;
using JoinedUp.Review.Reviews;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Review;

/// <summary>
/// /review/{id}: a review's overview for its partners: every statement with each partner's rating side by side (never
/// averaged), the agreed rating and the previous review's; partners and invitations; figures from JoinedUp; the action
/// plan; closing. The lead's forms are shown to the lead only, and the library refuses them to anyone else.
/// </summary>
public sealed class ReviewModel : ReviewPageModel
{
    public ReviewDetail Detail { get; private set; } = null!;
    public IReadOnlyList<(string UserName, string DisplayName, string Role, string Organisation)> Invitable { get; private set; } = [];
    public string? Done { get; private set; }

    [BindProperty] public string? Invitee { get; set; }
    [BindProperty] public string? InviteeSector { get; set; }
    [BindProperty] public string? ActionDescription { get; set; }
    [BindProperty] public string? ActionOwner { get; set; }
    [BindProperty] public string? ActionDue { get; set; }
    [BindProperty] public List<string> ActionStatements { get; set; } = [];
    [BindProperty] public long ActionId { get; set; }
    [BindProperty] public string? ActionStatus { get; set; }
    [BindProperty] public string? ActionNote { get; set; }

    public IActionResult OnGet(long id, string? done)
    {
        Done = done switch
        {
            "opened" => "The review was opened. Invite the partners who will rate it with you.",
            "invited" => "The partner was invited.",
            "figures" => "The figures were filled in from JoinedUp.",
            "action" => "The action was added to the plan.",
            "action-updated" => "The action's progress was recorded.",
            "closed" => "The review was closed.",
            _ => null,
        };
        return Load(id) ?? Page();
    }

    public IActionResult OnPostInvite(long id) => Change("invite",
        () => Reviews.Invite(Acting, id, Invitee, Sectors.Parse(InviteeSector)), () => $"/review/{id}?done=invited#partners", () => Load(id) ?? Page());

    public IActionResult OnPostFigures(long id) => Change("figures",
        () => Reviews.CaptureFigures(Acting, id), () => $"/review/{id}?done=figures#figures", () => Load(id) ?? Page());

    public IActionResult OnPostAction(long id) => Change("action",
        () => Reviews.AddAction(Acting, id, ActionDescription, ActionOwner, Date(ActionDue) ?? throw new JoinedUp.Review.ReviewRuleException("action-due", "Action: enter the date it is due by (yyyy-mm-dd)."), ActionStatements),
        () => $"/review/{id}?done=action#actions", () => Load(id) ?? Page());

    public IActionResult OnPostActionStatus(long id) => Change("action-" + ActionId,
        () => Reviews.UpdateAction(Acting, id, ActionId, ActionStatuses.Parse(ActionStatus), ActionNote), () => $"/review/{id}?done=action-updated#actions", () => Load(id) ?? Page());

    public IActionResult OnPostClose(long id) => Change("close",
        () => Reviews.Close(Acting, id), () => $"/review/{id}?done=closed", () => Load(id) ?? Page());

    private IActionResult? Load(long id)
    {
        try
        {
            Detail = Reviews.Get(Acting, id);
            if (Detail.ViewerLeads && Detail.Summary.IsOpen) Invitable = Reviews.Invitable(Acting, id);
            return null;
        }
        catch (JoinedUp.Review.Access.ReviewAccessDeniedException)
        {
            return Refused();
        }
    }
}
