using Dapper;
using JoinedUp.Register.Access;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Listing;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Referrals;
using JoinedUp.Register.Tests.Support;
using JoinedUp.TestSupport;

namespace JoinedUp.Register.Tests.Referrals;

/// <summary>Referrals from health and education, decided at the DSR meeting; refusals that change nothing.</summary>
public sealed class ReferralTests
{
    private const string Nhs = "9990000034";

    private static NewReferral Referral(string la, string? nhs, string? childId = null, ReferralSource source = ReferralSource.Camhs) => new(
        la, nhs, childId, source, "Escalating distress at home; two A&E attendances", [RiskIndicator.PeriodsOutOfSchool],
        new Consent("parent", new DateOnly(2025, 2, 20), "explicit consent"));

    private static (long Referrals, long Entries) Counts(RegisterFixture f)
    {
        using var connection = f.Store.OpenConnection();
        return (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM dsr_referral"), connection.ExecuteScalar<long>("SELECT COUNT(*) FROM dsr_entry"));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void CAMHS_refers_a_child_known_by_NHS_number_and_the_DSR_meeting_adds_them_at_green(string engine)
    {
        using var f = new RegisterFixture(engine);
        var referral = f.Register.Refer(People.CamhsNorthCentral, Referral(People.Barnet, Nhs));
        Assert.Equal(ReferralStatus.Received, referral.Status);
        Assert.True(referral.HasNhsNumber);
        Assert.False(referral.HasChildId);
        Assert.Throws<RegisterAccessDeniedException>(() => f.Register.AddEntry(People.CamhsNorthCentral, RegisterFixture.Child(People.Barnet, "") with { NhsNumber = "9990000042" }));

        var meetingOn = f.Clock.Today.AddDays(7);
        var agenda = f.Register.MeetingAgenda(People.NorthCentralLead, meetingOn);
        Assert.Equal("North Central London ICS", agenda.Footprint);
        Assert.Equal([referral.Id], agenda.Waiting.Select(r => r.Id));
        Assert.Empty(f.Register.MeetingAgenda(People.CroydonKeyworker, meetingOn).Waiting);
        Assert.Throws<RegisterAccessDeniedException>(() =>
            f.Register.AddReferredChild(People.CamhsNorthCentral, referral.Id, referral.Version, meetingOn, new ReferralAdded(RagRating.Green, "x", "", [])));

        f.Clock.Advance(7);
        var (decided, entry) = f.Register.AddReferredChild(People.NorthCentralLead, referral.Id, referral.Version, meetingOn,
            new ReferralAdded(RagRating.Green, "Needs met with CAMHS and school support; watch transition", "", [Agency.Camhs]));
        Assert.Equal(ReferralStatus.Added, decided.Status);
        Assert.Equal(entry.Id, decided.EntryId);
        Assert.Equal(RagRating.Green, entry.Rating);
        Assert.Equal(meetingOn, entry.EnteredOn);
        Assert.True(entry.HasNhsNumber);
        Assert.Contains(f.Register.Timeline(People.BarnetKeyworker, entry.Id).Events, e => e.Kind == "referral" && e.Detail.Contains("CAMHS") && e.Detail.Contains(referral.Reference));
        Assert.Equal(ReferralStatus.Added, f.Register.GetReferral(People.CamhsNorthCentral, referral.Id).Status);
        Assert.Equal(entry.Id, f.Register.GetEntry(People.CamhsNorthCentral, entry.Id).Id);
        Assert.Throws<RegisterAccessDeniedException>(() => f.Register.ChangeRating(People.CamhsNorthCentral, entry.Id, entry.Version, new RatingChangeRequest(RagRating.Amber, "x")));
        var after = f.Register.MeetingAgenda(People.NorthCentralLead, meetingOn);
        Assert.Empty(after.Waiting);
        Assert.Equal([referral.Id], after.Decided.Select(r => r.Id));
        var again = Assert.Throws<RegisterRuleException>(() =>
            f.Register.DeclineReferral(People.NorthCentralLead, referral.Id, decided.Version, meetingOn, "x", "y"));
        Assert.Equal("referral-decided", again.Rule);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void An_invalid_NHS_number_is_refused_and_saves_nothing(string engine)
    {
        using var f = new RegisterFixture(engine);
        var refused = Assert.Throws<RegisterRuleException>(() => f.Register.Refer(People.CamhsNorthCentral, Referral(People.Barnet, "9990000035")));
        Assert.Equal("nhs-number-invalid", refused.Rule);
        Assert.Equal((0, 0), Counts(f));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_duplicate_referral_by_either_identifier_is_refused_and_saves_nothing(string engine)
    {
        using var f = new RegisterFixture(engine);
        var first = f.Register.Refer(People.CamhsNorthCentral, Referral(People.Barnet, Nhs));
        var byNhs = Assert.Throws<RegisterRuleException>(() => f.Register.Refer(People.NorthCentralLead, Referral(People.Barnet, "999 000 0034", source: ReferralSource.CommunityPaediatrics)));
        Assert.Equal("already-referred", byNhs.Rule);
        Assert.Contains(first.Reference, byNhs.Message);
        var bySenco = Assert.Throws<RegisterRuleException>(() => f.Register.Refer(People.BarnetSenco, Referral(People.Barnet, Nhs, source: ReferralSource.SchoolSenco)));
        Assert.Equal("already-referred", bySenco.Rule);
        Assert.DoesNotContain("REF-", bySenco.Message);

        var onRegister = f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Barnet, "B-5"));
        var byChildId = Assert.Throws<RegisterRuleException>(() => f.Register.Refer(People.BarnetKeyworker, Referral(People.Barnet, null, "B-5", ReferralSource.SocialCare)));
        Assert.Equal("already-on-register", byChildId.Rule);
        Assert.Contains(onRegister.Reference, byChildId.Message);
        Assert.Equal((1, 1), Counts(f));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_referral_from_outside_the_childs_footprint_is_refused_clearly_and_saves_nothing(string engine)
    {
        using var f = new RegisterFixture(engine);
        var refused = Assert.Throws<RegisterRuleException>(() => f.Register.Refer(People.CamhsNorthCentral, Referral(People.Croydon, Nhs)));
        Assert.Equal("outside-footprint", refused.Rule);
        Assert.Contains("Croydon is in South West London ICS", refused.Message);
        Assert.Contains("North Central London ICS", refused.Message);
        var senco = Assert.Throws<RegisterRuleException>(() => f.Register.Refer(People.BarnetSenco, Referral(People.Camden, Nhs, source: ReferralSource.SchoolSenco)));
        Assert.Equal("outside-footprint", senco.Rule);
        Assert.Equal((0, 0), Counts(f));
        using var connection = f.Store.OpenConnection();
        Assert.Equal(2, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM dsr_audit WHERE action = 'dsr.referral.add' AND outcome = 'denied'"));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_SENCO_refers_their_schools_LA_children_and_follows_only_their_own_referrals(string engine)
    {
        using var f = new RegisterFixture(engine);
        var mine = f.Register.Refer(People.BarnetSenco, Referral(People.Barnet, Nhs, source: ReferralSource.SchoolSenco));
        var camhs = f.Register.Refer(People.CamhsNorthCentral, Referral(People.Barnet, "9990000042"));
        Assert.Equal([mine.Id], f.Register.Referrals(People.BarnetSenco).Select(r => r.Id));
        Assert.Equal([camhs.Id, mine.Id], f.Register.Referrals(People.BarnetKeyworker).Select(r => r.Id).Order().Reverse());
        Assert.Throws<RegisterAccessDeniedException>(() => f.Register.GetReferral(People.BarnetSenco, camhs.Id));
        Assert.Throws<RegisterAccessDeniedException>(() => f.Register.ListEntries(People.BarnetSenco, new RegisterFilter()));
        Assert.Throws<RegisterAccessDeniedException>(() =>
            f.Register.DeclineReferral(People.BarnetSenco, mine.Id, mine.Version, f.Clock.Today, "x", "y"));

        var missing = Assert.Throws<RegisterRuleException>(() => f.Register.DeclineReferral(People.BarnetKeyworker, mine.Id, mine.Version, f.Clock.Today, "Needs met by the school's SEN support", " "));
        Assert.Equal("signposting-required", missing.Rule);
        var declined = f.Register.DeclineReferral(People.BarnetKeyworker, mine.Id, mine.Version, f.Clock.Today, "Needs met by the school's SEN support", "Early help; local offer short breaks");
        Assert.Equal(ReferralStatus.NotAdded, declined.Status);
        Assert.Equal("Early help; local offer short breaks", f.Register.GetReferral(People.BarnetSenco, mine.Id).SignpostedTo);
        var later = f.Register.Refer(People.BarnetSenco, Referral(People.Barnet, Nhs, source: ReferralSource.SchoolSenco));
        Assert.Equal(ReferralStatus.Received, later.Status);
    }
}
