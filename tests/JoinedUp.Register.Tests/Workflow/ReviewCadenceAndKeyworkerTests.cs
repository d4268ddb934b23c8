using Dapper;
using JoinedUp.Domain.Geography;
using JoinedUp.Register.Access;
using JoinedUp.Register.Meetings;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Reviews;
using JoinedUp.Register.Tests.Support;
using JoinedUp.TestSupport;

namespace JoinedUp.Register.Tests.Workflow;

/// <summary>The region's review cadence (green six-monthly by default), the keyworker for amber and red, CETR recommendations as tracked actions.</summary>
public sealed class ReviewCadenceAndKeyworkerTests
{
    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void The_region_sets_its_review_cadence_and_the_register_keeps_it(string engine)
    {
        using var f = new RegisterFixture(engine);
        Assert.Equal(182, f.Register.Cadence.GreenDays);
        Assert.Throws<RegisterAccessDeniedException>(() => f.Register.SetReviewCadence(People.NorthCentralLead, new ReviewCadence(7, 30, 120)));
        var invalid = Assert.Throws<RegisterRuleException>(() => f.Register.SetReviewCadence(People.RegionalAnalyst, new ReviewCadence(30, 7, 120)));
        Assert.Equal("cadence-invalid", invalid.Rule);

        f.Register.SetReviewCadence(People.RegionalAnalyst, new ReviewCadence(14, 28, 120));
        var entry = f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Barnet, "B-1"));
        Assert.Equal(f.Clock.Today.AddDays(120), entry.NextReviewDue);
        var review = f.Register.RecordReview(People.BarnetKeyworker, entry.Id, entry.Version, f.Clock.Today, "Settled at school");
        Assert.Equal(f.Clock.Today.AddDays(120), review.NextDue);

        var another = new DynamicSupportRegister(f.Store, Regions.London, clock: f.Clock);
        Assert.Equal(new ReviewCadence(14, 28, 120), another.Cadence);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Amber_and_red_need_a_named_keyworker(string engine)
    {
        using var f = new RegisterFixture(engine);
        var amberWithout = Assert.Throws<RegisterRuleException>(() =>
            f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Barnet, "B-1", RagRating.Amber) with { Keyworker = " " }));
        Assert.Equal("keyworker-required", amberWithout.Rule);

        var entry = f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Barnet, "B-2") with { Keyworker = "" });
        var refused = Assert.Throws<RegisterRuleException>(() =>
            f.Register.ChangeRating(People.BarnetKeyworker, entry.Id, entry.Version, new RatingChangeRequest(RagRating.Amber, "Excluded from school")));
        Assert.Equal("keyworker-required", refused.Rule);
        Assert.Equal(RagRating.Green, f.Register.GetEntry(People.BarnetKeyworker, entry.Id).Rating);

        entry = f.Register.ChangeRating(People.BarnetKeyworker, entry.Id, entry.Version,
            new RatingChangeRequest(RagRating.Amber, "Excluded from school", Keyworker: "Keyworker service (Jo)"));
        Assert.Equal("Keyworker service (Jo)", entry.Keyworker);
        var clearing = Assert.Throws<RegisterRuleException>(() =>
            f.Register.UpdateDetails(People.BarnetKeyworker, entry.Id, entry.Version, new Entries.EntryDetails("", entry.Agencies, entry.RiskIndicators)));
        Assert.Equal("keyworker-required", clearing.Rule);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_CETRs_recommendations_become_actions_with_owners_dates_and_completion(string engine)
    {
        using var f = new RegisterFixture(engine);
        var entry = f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Barnet, "B-1", RagRating.Red, new MeetingRequest(MeetingKind.Cetr, f.Clock.Today.AddDays(10))));
        var cetr = Assert.Single(f.Register.Timeline(People.NorthCentralLead, entry.Id).Meetings);

        var blank = Assert.Throws<RegisterRuleException>(() => f.Register.RecordMeetingHeld(People.NorthCentralLead, cetr.Id, f.Clock.Today.AddDays(8), "Plan agreed",
            [new Recommendation("Short breaks assessment", " ", f.Clock.Today.AddDays(30))]));
        Assert.Equal("action-owner-required", blank.Rule);
        Assert.Null(Assert.Single(f.Register.Timeline(People.NorthCentralLead, entry.Id).Meetings).HeldOn);

        f.Register.RecordMeetingHeld(People.NorthCentralLead, cetr.Id, f.Clock.Today.AddDays(8), "Community package agreed; admission avoided",
            [new Recommendation("Short breaks assessment", "Short breaks team", f.Clock.Today.AddDays(30)),
             new Recommendation("Positive behaviour support plan", "CAMHS learning disability team", f.Clock.Today.AddDays(21))]);
        var actions = f.Register.Timeline(People.BarnetKeyworker, entry.Id).Actions;
        Assert.Equal(2, actions.Count);
        Assert.All(actions, a => Assert.Equal(cetr.Id, a.MeetingId));
        var done = f.Register.CompleteAction(People.BarnetKeyworker, actions[0].Id, f.Clock.Today.AddDays(20));
        Assert.Equal(f.Clock.Today.AddDays(20), done.CompletedOn);
        Assert.Single(f.Register.Timeline(People.BarnetKeyworker, entry.Id).Actions, a => a.CompletedOn is null);
    }
}
