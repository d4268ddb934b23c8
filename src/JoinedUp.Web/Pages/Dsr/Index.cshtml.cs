using JoinedUp.Register.Access;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Listing;
using JoinedUp.Register.Ratings;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Dsr;

/// <summary>The register of the user's LA (LA roles) or ICS footprint (ICS leads), red first, with filters and paging.</summary>
public sealed class RegisterIndexModel : RegisterPageModel
{
    public RegisterPage? Listing { get; private set; }
    public RegisterFilter Filter { get; private set; } = new();
    public IReadOnlyList<string> LaOptions { get; private set; } = [];
    public bool IsLaUser => Acting.IsLaUser;
    public string? FindMessage { get; private set; }
    public string TeamName => IsLaUser ? LaName(Acting.Organisation) : Acting.Organisation;

    public IActionResult OnGet(string? la, string? rating, string? indicator, string? agency, string? keyworker, bool overdue = false, int page = 1)
    {
        RagRating? r = RagRatings.TryParse(rating, out var parsed) ? parsed : null;
        RiskIndicator? i = RiskIndicators.All.Any(x => x.Code() == indicator) ? RiskIndicators.FromCode(indicator!) : null;
        Agency? a = Agencies.All.Any(x => x.Code() == agency) ? Agencies.FromCode(agency!) : null;
        Filter = new RegisterFilter(string.IsNullOrWhiteSpace(la) ? null : la.Trim(), r, i, a, string.IsNullOrWhiteSpace(keyworker) ? null : keyworker.Trim(), overdue, Math.Max(1, page));
        try
        {
            LaOptions = Dsr.ScopeOf(Acting).LaCodes;
            Listing = Dsr.ListEntries(Acting, Filter);
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
        return Page();
    }

    public IActionResult OnPostFind(string? childId)
    {
        try
        {
            if (!Acting.IsLaUser) return Refused();
            if (string.IsNullOrWhiteSpace(childId))
            {
                FindMessage = "Enter your LA's child ID.";
                return OnGet(null, null, null, null, null);
            }
            var entry = Dsr.FindChild(Acting, childId);
            if (entry is not null) return Redirect($"/register/entries/{entry.Id}");
            FindMessage = $"No child with that ID is on {TeamName}'s register. You can add them.";
            return OnGet(null, null, null, null, null);
        }
        catch (RegisterAccessDeniedException)
        {
            return Refused();
        }
    }

    /// <summary>The query string for another page of the same filter.</summary>
    public string PageLink(int page)
    {
        var parts = new List<string>();
        if (Filter.LaCode is not null) parts.Add("la=" + Uri.EscapeDataString(Filter.LaCode));
        if (Filter.Rating is { } r) parts.Add("rating=" + r.Code());
        if (Filter.Indicator is { } i) parts.Add("indicator=" + i.Code());
        if (Filter.Agency is { } a) parts.Add("agency=" + a.Code());
        if (Filter.Keyworker is not null) parts.Add("keyworker=" + Uri.EscapeDataString(Filter.Keyworker));
        if (Filter.ReviewOverdueOnly) parts.Add("overdue=true");
        parts.Add("page=" + page);
        return "/register?" + string.Join("&", parts);
    }
}
