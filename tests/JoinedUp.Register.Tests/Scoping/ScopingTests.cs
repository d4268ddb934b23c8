using System.Reflection;
using JoinedUp.Register.Access;
using JoinedUp.Register.Listing;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Tests.Support;
using JoinedUp.TestSupport;

namespace JoinedUp.Register.Tests.Scoping;

/// <summary>LA users see their own LA, ICS leads their footprint, regional users only suppressed figures, administrators nothing.</summary>
public sealed class ScopingTests
{
    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void An_ICS_lead_cannot_see_a_child_outside_the_footprint(string engine)
    {
        using var f = new RegisterFixture(engine);
        var barnet = f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Barnet, "B1"));
        var croydon = f.Register.AddEntry(People.CroydonKeyworker, RegisterFixture.Child(People.Croydon, "X1"));

        var page = f.Register.ListEntries(People.NorthCentralLead, new RegisterFilter());
        Assert.Equal([barnet.Id], page.Entries.Select(e => e.Id));
        Assert.Throws<RegisterAccessDeniedException>(() => f.Register.GetEntry(People.NorthCentralLead, croydon.Id));
        Assert.Throws<RegisterAccessDeniedException>(() => f.Register.Timeline(People.NorthCentralLead, croydon.Id));
        Assert.Throws<RegisterAccessDeniedException>(() => f.Register.ListEntries(People.NorthCentralLead, new RegisterFilter(LaCode: People.Croydon)));
        Assert.Throws<RegisterAccessDeniedException>(() =>
            f.Register.ChangeRating(People.NorthCentralLead, croydon.Id, croydon.Version, new RatingChangeRequest(RagRating.Amber, "x")));
        Assert.Throws<RegisterAccessDeniedException>(() => f.Register.AddAction(People.NorthCentralLead, croydon.Id, "x", "y", f.Clock.Today));
        Assert.Throws<RegisterAccessDeniedException>(() => f.Register.GetEntry(People.CroydonKeyworker, barnet.Id));
        Assert.Throws<RegisterAccessDeniedException>(() => f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Croydon, "X2")));
        Assert.Equal([croydon.Id], f.Register.ListEntries(People.SouthWestLead, new RegisterFilter()).Entries.Select(e => e.Id));
        var denied = f.Register.AuditTrail(People.CroydonKeyworker, croydon.Id);
        Assert.Contains(denied, a => a.UserName == "lead.ncl" && a.Outcome == "denied");
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Regional_users_and_administrators_see_no_child_level_data(string engine)
    {
        using var f = new RegisterFixture(engine);
        var barnet = f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Barnet, "B1"));
        foreach (var user in new[] { People.RegionalAnalyst, People.Administrator })
        {
            Assert.Throws<RegisterAccessDeniedException>(() => f.Register.GetEntry(user, barnet.Id));
            Assert.Throws<RegisterAccessDeniedException>(() => f.Register.ListEntries(user, new RegisterFilter()));
            Assert.Throws<RegisterAccessDeniedException>(() => f.Register.FindChild(user, "B1"));
        }
        Assert.Throws<RegisterAccessDeniedException>(() => f.Register.RegionalFigures(People.Administrator, new DateOnly(2024, 1, 1), new DateOnly(2025, 3, 1)));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void An_LA_finds_its_own_child_by_typing_its_child_ID(string engine)
    {
        using var f = new RegisterFixture(engine);
        var barnet = f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Barnet, "SHARED-ID"));
        Assert.Equal(barnet.Id, f.Register.FindChild(People.BarnetAnalyst, " SHARED-ID ")?.Id);
        Assert.Null(f.Register.FindChild(People.CroydonKeyworker, "SHARED-ID"));
        Assert.Throws<RegisterAccessDeniedException>(() => f.Register.FindChild(People.NorthCentralLead, "SHARED-ID"));
    }

    [Fact]
    public void Regional_figures_carry_no_identifiable_field()
    {
        var forbidden = new[] { "id", "pseudonym", "reference", "keyworker", "reason", "childid", "name", "summary", "description", "owner", "detail", "consent", "givenby", "entryid" };
        var seen = new HashSet<Type>();
        void Check(Type type, string path)
        {
            if (!seen.Add(type) || type.Namespace?.StartsWith("JoinedUp") != true) return;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var key = property.Name.ToLowerInvariant();
                Assert.DoesNotContain(key, forbidden);
                Check(property.PropertyType, path + "." + property.Name);
                foreach (var argument in property.PropertyType.GetGenericArguments()) Check(argument, path + "." + property.Name);
            }
        }
        Check(typeof(JoinedUp.Register.Regional.RegionalRegisterFigures), "figures");
    }
}
