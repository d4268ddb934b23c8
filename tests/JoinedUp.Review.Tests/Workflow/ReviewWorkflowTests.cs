using Dapper;
using JoinedUp.Review.Access;
using JoinedUp.Review.Actions;
using JoinedUp.Review.Tests.Support;
using JoinedUp.TestSupport;

namespace JoinedUp.Review.Tests.Workflow;

/// <summary>Opening, inviting, rating apart, agreeing with a reason, the action plan, progress and comparison.</summary>
public sealed class ReviewWorkflowTests
{
    private static readonly ReviewUser Lead = ReviewFixture.BarnetCommissioner;
    private static readonly ReviewUser Health = ReviewFixture.NorthCentralLead;

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Partners_who_disagree_are_shown_apart_and_the_agreed_rating_keeps_its_reason(string engine)
    {
        using var f = new ReviewFixture(engine).WithAccounts();
        var review = f.Reviews.Open(Lead, "Barnet review", Sector.SocialCare);
        f.Reviews.Invite(Lead, review.Id, Health.UserName, Sector.Health);
        f.Reviews.Invite(Lead, review.Id, ReviewFixture.BarnetParentCarers.UserName, Sector.ParentCarers);

        f.Reviews.Rate(Lead, review.Id, "2.1", 3, "The board meets monthly");
        f.Reviews.Rate(Health, review.Id, "2.1", 1, "Health is not at the table");
        f.Reviews.Rate(ReviewFixture.BarnetParentCarers, review.Id, "2.1", 1, "");
        f.Reviews.Rate(Health, review.Id, "2.2", 2, "");
        f.Reviews.Rate(Lead, review.Id, "2.2", 2, "");

        var detail = f.Reviews.Get(Health, review.Id);
        Assert.True(detail.Disagree("2.1"));
        Assert.False(detail.Disagree("2.2"));
        Assert.Equal([(Sector.Health, 1), (Sector.SocialCare, 3), (Sector.ParentCarers, 1)],
            detail.RatingsOf("2.1").Select(r => (r.Sector, r.Rating)).OrderBy(x => x.Sector == Sector.Health ? 0 : x.Sector == Sector.SocialCare ? 1 : 2));
        Assert.Null(detail.AgreedFor("2.1"));

        Assert.Equal("required", Assert.Throws<ReviewRuleException>(() => f.Reviews.Agree(Lead, review.Id, "2.1", 2, " ")).Rule);
        Assert.Throws<ReviewAccessDeniedException>(() => f.Reviews.Agree(Health, review.Id, "2.1", 2, "Health wants it"));
        f.Reviews.Agree(Lead, review.Id, "2.1", 2, "The board exists but health attends rarely");
        detail = f.Reviews.Get(Lead, review.Id);
        Assert.Equal(2, detail.AgreedFor("2.1")!.Rating);
        Assert.Equal("The board exists but health attends rarely", detail.AgreedFor("2.1")!.Reason);
        Assert.Equal(3, detail.RatingsOf("2.1").Count());

        // A rating off the scale, or of a statement that does not exist, changes nothing.
        Assert.Equal("rating", Assert.Throws<ReviewRuleException>(() => f.Reviews.Rate(Health, review.Id, "2.1", 5, "")).Rule);
        Assert.Equal("statement", Assert.Throws<ReviewRuleException>(() => f.Reviews.Rate(Health, review.Id, "9.9", 2, "")).Rule);
        Assert.Equal(1, f.Reviews.Get(Health, review.Id).RatingsOf("2.1").Single(r => r.Sector == Sector.Health).Rating);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Only_partners_see_a_review_and_invitations_are_checked_on_the_server(string engine)
    {
        using var f = new ReviewFixture(engine).WithAccounts();
        var review = f.Reviews.Open(Lead, "Barnet review", Sector.Education);
        Assert.Throws<ReviewAccessDeniedException>(() => f.Reviews.Get(ReviewFixture.EnfieldCommissioner, review.Id));
        Assert.Throws<ReviewAccessDeniedException>(() => f.Reviews.Get(ReviewFixture.Regional, review.Id));
        Assert.Throws<ReviewAccessDeniedException>(() => f.Reviews.Get(Health, review.Id));
        Assert.Throws<ReviewAccessDeniedException>(() => f.Reviews.Open(ReviewFixture.BarnetParentCarers, "mine", Sector.ParentCarers));
        Assert.Throws<ReviewAccessDeniedException>(() => f.Reviews.Open(ReviewFixture.Regional, "region", Sector.Health));
        Assert.Equal("sector", Assert.Throws<ReviewRuleException>(() => f.Reviews.Open(Lead, "x", Sector.Health)).Rule);

        Assert.Equal("partner", Assert.Throws<ReviewRuleException>(() => f.Reviews.Invite(Lead, review.Id, ReviewFixture.EnfieldCommissioner.UserName, Sector.SocialCare)).Rule);
        Assert.Equal("partner", Assert.Throws<ReviewRuleException>(() => f.Reviews.Invite(Lead, review.Id, "nobody", Sector.SocialCare)).Rule);
        Assert.Equal("partner-sector", Assert.Throws<ReviewRuleException>(() => f.Reviews.Invite(Lead, review.Id, ReviewFixture.BarnetParentCarers.UserName, Sector.Health)).Rule);
        Assert.Equal("partner-sector", Assert.Throws<ReviewRuleException>(() => f.Reviews.Invite(Lead, review.Id, Health.UserName, Sector.SocialCare)).Rule);
        Assert.DoesNotContain(f.Reviews.Invitable(Lead, review.Id), u => u.UserName == ReviewFixture.EnfieldCommissioner.UserName);
        Assert.Contains(f.Reviews.Invitable(Lead, review.Id), u => u.UserName == ReviewFixture.BarnetParentCarers.UserName);

        f.Reviews.Invite(Lead, review.Id, Health.UserName, Sector.Health);
        Assert.Throws<ReviewAccessDeniedException>(() => f.Reviews.Invite(Health, review.Id, ReviewFixture.BarnetSend.UserName, Sector.Education));
        Assert.Equal("Barnet review", f.Reviews.Get(Health, review.Id).Summary.Title);
        Assert.Single(f.Reviews.ReviewsFor(Health));
        Assert.Empty(f.Reviews.ReviewsFor(ReviewFixture.EnfieldCommissioner));

        using var connection = f.Store.Store.OpenConnection();
        var denied = connection.Query<(string User, string Action)>("SELECT user_name, action FROM review_audit WHERE outcome = 'denied'").ToList();
        Assert.Contains(("enfield.commissioner", "review.read"), denied);
        Assert.Contains(("regional", "review.read"), denied);
        Assert.Contains(("ncl.lead", "review.partners.invite"), denied);
        Assert.Contains(connection.Query<string>("SELECT detail FROM review_audit WHERE action = 'review.partners.invite' AND outcome = 'allowed'"), d => d.Contains("ncl.lead for Health"));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void The_action_plan_carries_progress_into_the_next_review_and_areas_compare_on_one_version(string engine)
    {
        using var f = new ReviewFixture(engine).WithAccounts();
        var first = f.Reviews.Open(Lead, "Barnet 2026", Sector.SocialCare);
        f.Reviews.Agree(Lead, first.Id, "4.1", 1, "No register yet");
        var action = f.Reviews.AddAction(Lead, first.Id, "Set up a Dynamic Support Register with health", "Head of SEND", new DateOnly(2026, 9, 30), ["4.1", "2.3"]);
        Assert.Equal("action-statements", Assert.Throws<ReviewRuleException>(() => f.Reviews.AddAction(Lead, first.Id, "x", "y", new DateOnly(2026, 9, 30), [])).Rule);
        Assert.Equal("statement", Assert.Throws<ReviewRuleException>(() => f.Reviews.AddAction(Lead, first.Id, "x", "y", new DateOnly(2026, 9, 30), ["8.1"])).Rule);
        f.Reviews.Close(Lead, first.Id);
        Assert.Throws<ReviewAccessDeniedException>(() => f.Reviews.Rate(Lead, first.Id, "4.1", 2, ""));
        f.Reviews.UpdateAction(Lead, first.Id, action, ActionStatus.Done, "Register running since August");

        var second = f.Reviews.Open(Lead, "Barnet 2027", Sector.SocialCare);
        f.Reviews.Agree(Lead, second.Id, "4.1", 3, "Register in place and reviewed monthly");
        var detail = f.Reviews.Get(Lead, second.Id);
        Assert.NotNull(detail.Previous);
        Assert.Equal(first.Id, detail.Previous!.Summary.Id);
        Assert.Equal(1, detail.Previous.AgreedFor("4.1")!.Rating);
        var carried = Assert.Single(detail.Previous.Actions);
        Assert.Equal(ActionStatus.Done, carried.Status);
        Assert.Equal(["4.1", "2.3"], carried.Statements);

        var enfield = f.Reviews.Open(ReviewFixture.EnfieldCommissioner, "Enfield 2027", Sector.Education);
        f.Reviews.Agree(ReviewFixture.EnfieldCommissioner, enfield.Id, "4.1", 2, "Register for some children only");
        Assert.Throws<ReviewAccessDeniedException>(() => f.Reviews.Compare(Lead, 1));
        var comparison = f.Reviews.Compare(ReviewFixture.Regional, 1);
        Assert.Equal(["Barnet", "Enfield"], comparison.Areas.Select(a => a.AreaName));
        Assert.Equal(3, comparison.Areas[0].Agreed["4.1"]);
        Assert.Equal(2, comparison.Areas[1].Agreed["4.1"]);
    }
}
