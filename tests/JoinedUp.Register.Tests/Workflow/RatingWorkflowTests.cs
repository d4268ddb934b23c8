using JoinedUp.Register.Meetings;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Tests.Support;
using JoinedUp.TestSupport;

namespace JoinedUp.Register.Tests.Workflow;

/// <summary>Green to amber to red and back down, with the CETR rule, reviews, actions and an immutable history.</summary>
public sealed class RatingWorkflowTests
{
    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_child_walks_green_amber_red_and_back_to_green(string engine)
    {
        using var f = new RegisterFixture(engine);
        var kw = People.BarnetKeyworker;
        var entry = f.Register.AddEntry(kw, RegisterFixture.Child(People.Barnet, "CHILD-001"));
        Assert.Equal(RagRating.Green, entry.Rating);
        Assert.Equal(f.Clock.Today.AddDays(182), entry.NextReviewDue);
        Assert.DoesNotContain("CHILD-001", entry.Pseudonym);

        f.Clock.Advance(10);
        entry = f.Register.ChangeRating(kw, entry.Id, entry.Version, new RatingChangeRequest(RagRating.Amber, "Excluded from school; two A&E attendances"));
        Assert.Equal(RagRating.Amber, entry.Rating);
        Assert.Equal(f.Clock.Today.AddDays(30), entry.NextReviewDue);

        f.Clock.Advance(5);
        var refused = Assert.Throws<RegisterRuleException>(() =>
            f.Register.ChangeRating(kw, entry.Id, entry.Version, new RatingChangeRequest(RagRating.Red, "Self-harm, family cannot continue")));
        Assert.Equal("red-needs-cetr-or-laep", refused.Rule);
        Assert.Equal(RagRating.Amber, f.Register.GetEntry(kw, entry.Id).Rating);

        entry = f.Register.ChangeRating(kw, entry.Id, entry.Version,
            new RatingChangeRequest(RagRating.Red, "Self-harm, family cannot continue", new MeetingRequest(MeetingKind.Cetr, f.Clock.Today.AddDays(5))));
        Assert.Equal(RagRating.Red, entry.Rating);
        Assert.Equal(f.Clock.Today.AddDays(7), entry.NextReviewDue);

        var lead = People.NorthCentralLead;
        var cetr = Assert.Single(f.Register.Timeline(lead, entry.Id).Meetings);
        Assert.Equal(MeetingKind.Cetr, cetr.Kind);
        Assert.Equal(f.Clock.Today.AddDays(5), cetr.DueOn);
        f.Clock.Advance(3);
        f.Register.RecordMeetingHeld(lead, cetr.Id, f.Clock.Today, "Community package agreed; admission avoided");
        var action = f.Register.AddAction(lead, entry.Id, "Arrange intensive support at home", "CAMHS crisis team", f.Clock.Today.AddDays(7));
        entry = f.Register.GetEntry(kw, entry.Id);
        var review = f.Register.RecordReview(kw, entry.Id, entry.Version, f.Clock.Today, "Package in place, calmer at home");
        Assert.Equal(f.Clock.Today.AddDays(7), review.NextDue);
        f.Register.CompleteAction(kw, action.Id, f.Clock.Today.AddDays(2));

        f.Clock.Advance(20);
        entry = f.Register.GetEntry(kw, entry.Id);
        entry = f.Register.ChangeRating(kw, entry.Id, entry.Version, new RatingChangeRequest(RagRating.Amber, "Stable for three weeks"));
        f.Clock.Advance(40);
        entry = f.Register.ChangeRating(kw, entry.Id, entry.Version, new RatingChangeRequest(RagRating.Green, "Back in school full time"));
        Assert.Equal(RagRating.Green, entry.Rating);

        var history = f.Register.RatingHistory(kw, entry.Id);
        Assert.Equal([null, RagRating.Green, RagRating.Amber, RagRating.Red, RagRating.Amber], history.Select(h => h.From).ToList());
        Assert.Equal([RagRating.Green, RagRating.Amber, RagRating.Red, RagRating.Amber, RagRating.Green], history.Select(h => h.To).ToList());
        Assert.All(history, h => Assert.False(string.IsNullOrWhiteSpace(h.Reason)));

        var timeline = f.Register.Timeline(kw, entry.Id);
        Assert.Contains(timeline.Items, i => i.Kind == "review");
        Assert.Contains(timeline.Items, i => i.Kind == "action" && i.Summary.StartsWith("Action done"));
        Assert.Contains(timeline.Items, i => i.Kind == "meeting" && i.Summary.Contains("held"));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void History_lines_never_change_once_written(string engine)
    {
        using var f = new RegisterFixture(engine);
        var kw = People.BarnetKeyworker;
        var entry = f.Register.AddEntry(kw, RegisterFixture.Child(People.Barnet, "CHILD-002"));
        f.Clock.Advance(1);
        entry = f.Register.ChangeRating(kw, entry.Id, entry.Version, new RatingChangeRequest(RagRating.Amber, "Out of school"));
        var before = f.Register.RatingHistory(kw, entry.Id);
        f.Clock.Advance(1);
        entry = f.Register.ChangeRating(kw, entry.Id, entry.Version, new RatingChangeRequest(RagRating.Green, "Back in school"));
        var after = f.Register.RatingHistory(kw, entry.Id);
        Assert.Equal(before, after.Take(before.Count));
        Assert.Equal(before.Count + 1, after.Count);
        Assert.Equal(typeof(DynamicSupportRegister).GetMethods().Where(m => m.Name.Contains("History")).Select(m => m.Name), ["RatingHistory"]);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Every_change_needs_a_reason_and_red_on_entry_needs_a_meeting(string engine)
    {
        using var f = new RegisterFixture(engine);
        var kw = People.BarnetKeyworker;
        Assert.Equal("red-needs-cetr-or-laep", Assert.Throws<RegisterRuleException>(() => f.Register.AddEntry(kw, RegisterFixture.Child(People.Barnet, "C3", RagRating.Red))).Rule);
        var red = f.Register.AddEntry(kw, RegisterFixture.Child(People.Barnet, "C3", RagRating.Red, new MeetingRequest(MeetingKind.Laep, f.Clock.Today.AddDays(2))));
        Assert.Equal(RagRating.Red, red.Rating);
        Assert.Equal("reason-required", Assert.Throws<RegisterRuleException>(() =>
            f.Register.ChangeRating(kw, red.Id, red.Version, new RatingChangeRequest(RagRating.Amber, "  "))).Rule);
        Assert.Equal("already-on-register", Assert.Throws<RegisterRuleException>(() => f.Register.AddEntry(kw, RegisterFixture.Child(People.Barnet, " C3 "))).Rule);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Overdue_reviews_meetings_and_actions_are_listed_for_the_team(string engine)
    {
        using var f = new RegisterFixture(engine);
        var kw = People.BarnetKeyworker;
        var red = f.Register.AddEntry(kw, RegisterFixture.Child(People.Barnet, "C4", RagRating.Red, new MeetingRequest(MeetingKind.Cetr, f.Clock.Today.AddDays(3))));
        f.Register.AddAction(kw, red.Id, "Short breaks referral", "Barnet short breaks team", f.Clock.Today.AddDays(2));
        f.Register.AddEntry(People.CroydonKeyworker, RegisterFixture.Child(People.Croydon, "C5", RagRating.Red, new MeetingRequest(MeetingKind.Cetr, f.Clock.Today.AddDays(3))));
        Assert.Equal(0, f.Register.Overdue(kw).Total);
        f.Clock.Advance(8);
        var overdue = f.Register.Overdue(kw);
        Assert.Equal(red.Id, Assert.Single(overdue.Reviews).EntryId);
        Assert.Single(overdue.Meetings);
        Assert.Equal("Barnet short breaks team", Assert.Single(overdue.Actions).Owner);
        Assert.Equal(3, f.Register.Overdue(People.NorthCentralLead).Total);
        Assert.Equal(0, f.Register.Overdue(People.RegionalAnalyst).Total);
    }

    [Fact]
    public void Review_cadence_is_configurable_and_checked()
    {
        Assert.Throws<ArgumentException>(() => new Reviews.ReviewCadence(RedDays: 40, AmberDays: 30).Validate());
        Assert.Equal(new DateOnly(2025, 1, 15), new Reviews.ReviewCadence(RedDays: 14).NextDue(RagRating.Red, new DateOnly(2025, 1, 1)));
    }
}
