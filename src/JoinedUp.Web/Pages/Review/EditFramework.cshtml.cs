using JoinedUp.Review;
using JoinedUp.Review.Framework;
using Microsoft.AspNetCore.Mvc;

namespace JoinedUp.Web.Pages.Review;

/// <summary>
/// /review/framework/edit (administrators): the newest version as a form. Saving makes a new version; blank statement
/// text removes a statement; each area has one empty row for a new statement, which gets a key never used before in
/// that area. The areas stay the seven of the NDTi framework.
/// </summary>
public sealed class EditFrameworkModel : ReviewPageModel
{
    public FrameworkVersion Current { get; private set; } = null!;

    [BindProperty] public int BasedOn { get; set; }
    [BindProperty] public string? ChangeNote { get; set; }
    [BindProperty] public List<LevelForm> Levels { get; set; } = [];
    [BindProperty] public List<AreaForm> Areas { get; set; } = [];

    public sealed class LevelForm
    {
        public string? Label { get; set; }
        public string? Descriptor { get; set; }
    }

    public sealed class AreaForm
    {
        public string? Title { get; set; }
        public string? Summary { get; set; }
        public List<StatementForm> Statements { get; set; } = [];
    }

    public sealed class StatementForm
    {
        public string? Key { get; set; }
        public string? Text { get; set; }
        public string? Evidence { get; set; }
    }

    public void OnGet()
    {
        Current = Reviews.CurrentFramework();
        BasedOn = Current.Version;
        Levels = Current.Definition.Scale.Select(l => new LevelForm { Label = l.Label, Descriptor = l.Descriptor }).ToList();
        Areas = Current.Definition.Areas.Select(a => new AreaForm
        {
            Title = a.Title,
            Summary = a.Summary,
            Statements = a.Statements.Select(s => new StatementForm { Key = s.Key, Text = s.Text, Evidence = s.EvidenceExpected }).Append(new StatementForm()).ToList(),
        }).ToList();
    }

    public IActionResult OnPost()
    {
        Current = Reviews.CurrentFramework();
        int saved = 0;
        return Change("framework", () =>
        {
            var definition = Definition();
            saved = Reviews.SaveFramework(Acting, BasedOn, definition, ChangeNote).Version;
        }, () => $"/review/framework/{saved}?done=saved", Page);
    }

    /// <summary>The form as a framework definition; new statements get the next key of their area across every saved version.</summary>
    private FrameworkDefinition Definition()
    {
        if (Areas.Count != Current.Definition.Areas.Count)
            throw new ReviewRuleException("framework-areas", "The form does not hold the seven areas; reload the page and start again.");
        var used = Reviews.FrameworkVersions().SelectMany(v => v.Definition.Statements).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var scale = Levels.Select((l, i) => new RatingLevel(i + 1, (l.Label ?? "").Trim(), (l.Descriptor ?? "").Trim())).ToList();
        var areas = Areas.Select((a, i) =>
        {
            var number = Current.Definition.Areas[i].Number;
            var statements = new List<FrameworkStatement>();
            foreach (var s in a.Statements)
            {
                if (string.IsNullOrWhiteSpace(s.Text) && string.IsNullOrWhiteSpace(s.Evidence)) continue;
                var key = s.Key;
                if (string.IsNullOrEmpty(key) || !used.Contains(key) || !key.StartsWith(number + ".", StringComparison.Ordinal))
                {
                    var next = used.Where(k => k.StartsWith(number + ".", StringComparison.Ordinal)).Select(k => int.TryParse(k[(number.ToString().Length + 1)..], out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
                    key = $"{number}.{next}";
                    used.Add(key);
                }
                statements.Add(new FrameworkStatement(key, (s.Text ?? "").Trim(), (s.Evidence ?? "").Trim()));
            }
            return new FrameworkArea(number, (a.Title ?? "").Trim(), (a.Summary ?? "").Trim(), statements);
        }).ToList();
        return new FrameworkDefinition(scale, areas);
    }
}
