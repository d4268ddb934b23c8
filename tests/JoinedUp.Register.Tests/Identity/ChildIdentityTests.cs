using Dapper;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Tests.Support;
using JoinedUp.TestSupport;

namespace JoinedUp.Register.Tests.Identity;

/// <summary>
/// A child known by NHS number, by the LA's child ID or both: hashed, never stored in clear, duplicates caught by either,
/// two entries for the same child made one when both identifiers become known.
/// </summary>
public sealed class ChildIdentityTests
{
    private const string Nhs = "999 000 0018";
    private const string OtherNhs = "9990000026";

    private static long Count(RegisterFixture f, string sql)
    {
        using var connection = f.Store.OpenConnection();
        return connection.ExecuteScalar<long>(sql);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_child_known_only_by_NHS_number_is_added_and_found_and_never_stored_in_clear(string engine)
    {
        using var f = new RegisterFixture(engine);
        var entry = f.Register.AddEntry(People.NorthCentralLead, RegisterFixture.Child(People.Barnet, "") with { NhsNumber = Nhs });
        Assert.True(entry.HasNhsNumber);
        Assert.False(entry.HasChildId);
        Assert.Equal(entry.Id, f.Register.FindByNhsNumber(People.BarnetKeyworker, "9990000018")?.Id);
        Assert.Null(f.Register.FindByNhsNumber(People.CroydonKeyworker, "9990000018"));

        using var connection = f.Store.OpenConnection();
        foreach (var sql in new[] { "SELECT pseudonym || ' ' || COALESCE(nhs_pseudonym, '') FROM dsr_entry", "SELECT detail FROM dsr_audit", "SELECT detail FROM dsr_entry_event" })
            Assert.All(connection.Query<string>(sql), text => Assert.DoesNotContain("9990000018", text.Replace(" ", "")));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void An_invalid_NHS_number_is_refused_and_changes_nothing(string engine)
    {
        using var f = new RegisterFixture(engine);
        var refused = Assert.Throws<RegisterRuleException>(() =>
            f.Register.AddEntry(People.NorthCentralLead, RegisterFixture.Child(People.Barnet, "") with { NhsNumber = "9990000019" }));
        Assert.Equal("nhs-number-invalid", refused.Rule);
        Assert.Contains("modulus 11", refused.Message);
        Assert.Equal(0, Count(f, "SELECT COUNT(*) FROM dsr_entry"));
        var none = Assert.Throws<RegisterRuleException>(() => f.Register.AddEntry(People.NorthCentralLead, RegisterFixture.Child(People.Barnet, "  ")));
        Assert.Equal("identifier-required", none.Rule);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_duplicate_is_caught_by_either_identifier(string engine)
    {
        using var f = new RegisterFixture(engine);
        var first = f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Barnet, "B-77") with { NhsNumber = Nhs });
        var byNhs = Assert.Throws<RegisterRuleException>(() =>
            f.Register.AddEntry(People.NorthCentralLead, RegisterFixture.Child(People.Barnet, "") with { NhsNumber = "9990000018" }));
        Assert.Equal("already-on-register", byNhs.Rule);
        Assert.Contains(first.Reference, byNhs.Message);
        Assert.Contains("NHS number", byNhs.Message);
        var byChildId = Assert.Throws<RegisterRuleException>(() =>
            f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Barnet, "B-77") with { NhsNumber = OtherNhs }));
        Assert.Equal("already-on-register", byChildId.Rule);
        Assert.Contains("child ID", byChildId.Message);
        Assert.Equal(1, Count(f, "SELECT COUNT(*) FROM dsr_entry"));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void The_LA_adds_its_child_ID_to_an_NHS_only_entry_and_the_entry_links_to_its_returns(string engine)
    {
        using var f = new RegisterFixture(engine);
        var entry = f.Register.AddEntry(People.NorthCentralLead, RegisterFixture.Child(People.Barnet, "") with { NhsNumber = Nhs });
        Assert.Null(f.Register.LinkedReturns(People.BarnetKeyworker, entry.Id));
        Assert.Throws<JoinedUp.Register.Access.RegisterAccessDeniedException>(() =>
            f.Register.AddIdentifiers(People.NorthCentralLead, entry.Id, entry.Version, "B-1", null));

        entry = f.Register.AddIdentifiers(People.BarnetKeyworker, entry.Id, entry.Version, "B-1", null);
        Assert.True(entry.HasChildId);
        Assert.Equal(f.Store.Pseudonymiser.Pseudonymise(People.Barnet, "B-1"), entry.ChildPseudonym);
        Assert.Equal(entry.Id, f.Register.FindChild(People.BarnetAnalyst, "B-1")?.Id);
        Assert.Equal(entry.ChildPseudonym, f.Register.LinkedReturns(People.BarnetKeyworker, entry.Id)?.ChildPseudonym);
        Assert.Throws<JoinedUp.Register.Access.RegisterAccessDeniedException>(() => f.Register.LinkedReturns(People.NorthCentralLead, entry.Id));

        var differs = Assert.Throws<RegisterRuleException>(() => f.Register.AddIdentifiers(People.BarnetKeyworker, entry.Id, entry.Version, "B-2", null));
        Assert.Equal("child-id-differs", differs.Rule);
        Assert.Equal(entry.ChildPseudonym, f.Register.GetEntry(People.BarnetKeyworker, entry.Id).ChildPseudonym);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Two_entries_for_the_same_child_become_one_when_both_identifiers_are_known(string engine)
    {
        using var f = new RegisterFixture(engine);
        var health = f.Register.AddEntry(People.NorthCentralLead, RegisterFixture.Child(People.Barnet, "") with { NhsNumber = Nhs });
        f.Clock.Advance(3);
        var la = f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Barnet, "B-9"));
        la = f.Register.ChangeRating(People.BarnetKeyworker, la.Id, la.Version, new RatingChangeRequest(RagRating.Amber, "Two A&E attendances"));
        f.Register.AddAction(People.BarnetKeyworker, la.Id, "Refer to the keyworker service", "Social work team", f.Clock.Today.AddDays(14));

        var one = f.Register.AddIdentifiers(People.BarnetKeyworker, health.Id, health.Version, "B-9", null);
        Assert.Equal(health.Id, one.Id);
        Assert.Equal(RagRating.Amber, one.Rating);
        Assert.True(one.HasChildId && one.HasNhsNumber);
        Assert.Equal(1, Count(f, "SELECT COUNT(*) FROM dsr_entry"));
        Assert.Throws<JoinedUp.Register.Access.RegisterAccessDeniedException>(() => f.Register.GetEntry(People.BarnetKeyworker, la.Id));
        var timeline = f.Register.Timeline(People.BarnetKeyworker, one.Id);
        Assert.Equal(3, timeline.Ratings.Count);
        Assert.Single(timeline.Actions);
        Assert.Contains(timeline.Events, e => e.Kind == "merged" && e.Detail.Contains(la.Reference));
        Assert.Equal(one.Id, f.Register.FindChild(People.BarnetAnalyst, "B-9")?.Id);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void An_NHS_number_on_another_LAs_child_is_not_merged(string engine)
    {
        using var f = new RegisterFixture(engine);
        f.Register.AddEntry(People.CroydonKeyworker, RegisterFixture.Child(People.Croydon, "X-1") with { NhsNumber = Nhs });
        var barnet = f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Barnet, "B-1"));
        var refused = Assert.Throws<RegisterRuleException>(() => f.Register.AddIdentifiers(People.BarnetKeyworker, barnet.Id, barnet.Version, null, Nhs));
        Assert.Equal(DynamicSupportRegister.OutsideScopeRule, refused.Rule);
        Assert.DoesNotContain("DSR-", refused.Message);
        Assert.Equal(2, Count(f, "SELECT COUNT(*) FROM dsr_entry"));
        Assert.False(f.Register.GetEntry(People.BarnetKeyworker, barnet.Id).HasNhsNumber);
    }
}
