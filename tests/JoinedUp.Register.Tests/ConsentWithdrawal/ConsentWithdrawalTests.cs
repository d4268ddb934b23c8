using JoinedUp.Register.Access;
using JoinedUp.Register.Listing;
using JoinedUp.Register.Tests.Support;
using JoinedUp.TestSupport;

namespace JoinedUp.Register.Tests.ConsentWithdrawal;

/// <summary>Withdrawing consent hides the entry from everyone but the responsible LA, and is itself recorded.</summary>
public sealed class ConsentWithdrawalTests
{
    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Withdrawal_hides_the_entry_from_the_ICS_and_the_region_but_not_the_LA(string engine)
    {
        using var f = new RegisterFixture(engine);
        var entry = f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Barnet, "W1"));
        Assert.Single(f.Register.ListEntries(People.NorthCentralLead, new RegisterFilter()).Entries);

        f.Register.WithdrawConsent(People.BarnetKeyworker, entry.Id, entry.Version, f.Clock.Today, "Parent withdrew consent at review");

        Assert.Empty(f.Register.ListEntries(People.NorthCentralLead, new RegisterFilter()).Entries);
        Assert.Throws<RegisterAccessDeniedException>(() => f.Register.GetEntry(People.NorthCentralLead, entry.Id));
        var own = f.Register.ListEntries(People.BarnetKeyworker, new RegisterFilter());
        Assert.True(Assert.Single(own.Entries).ConsentWithdrawn);
        var timeline = f.Register.Timeline(People.BarnetKeyworker, entry.Id);
        Assert.Contains(timeline.Items, i => i.Kind == "consent-withdrawn" && i.Summary.Contains("Parent withdrew"));
        Assert.Equal(f.Clock.Today, timeline.Entry.Consent?.WithdrawnOn);
        Assert.Contains(f.Register.AuditTrail(People.BarnetKeyworker, entry.Id), a => a.Action == "dsr.consent.withdraw" && a.UserName == "kw.barnet");
        var figures = f.Register.RegionalFigures(People.RegionalAnalyst, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31));
        Assert.Equal(0, figures.CurrentByFootprint.GrandTotal.Value);
    }
}
