using JoinedUp.Register.Concurrency;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Tests.Support;
using JoinedUp.TestSupport;

namespace JoinedUp.Register.Tests.Concurrency;

/// <summary>Two people editing one entry: the second is told who changed it and when, and nothing is lost.</summary>
public sealed class ConcurrentEditTests
{
    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_stale_edit_is_refused_naming_who_changed_the_entry(string engine)
    {
        using var f = new RegisterFixture(engine);
        var entry = f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Barnet, "C1"));
        var seenByKeyworker = f.Register.GetEntry(People.BarnetKeyworker, entry.Id);
        var seenByLead = f.Register.GetEntry(People.NorthCentralLead, entry.Id);

        f.Register.ChangeRating(People.NorthCentralLead, entry.Id, seenByLead.Version, new RatingChangeRequest(RagRating.Amber, "CAMHS report: self-harm"));
        var conflict = Assert.Throws<ConcurrentEditException>(() =>
            f.Register.UpdateDetails(People.BarnetKeyworker, entry.Id, seenByKeyworker.Version,
                new EntryDetails("New Keyworker", [Agency.SocialCare], [RiskIndicator.SelfHarm])));
        Assert.Equal("lead.ncl", conflict.ChangedBy);
        Assert.Contains("lead.ncl", conflict.Message);
        Assert.Contains("New Keyworker", conflict.Attempted);

        var now = f.Register.GetEntry(People.BarnetKeyworker, entry.Id);
        Assert.Equal(RagRating.Amber, now.Rating);
        Assert.Equal("Sam Keyworker", now.Keyworker);
        Assert.Equal(seenByKeyworker.Version + 1, now.Version);
        Assert.Contains(f.Register.AuditTrail(People.BarnetKeyworker, entry.Id), a => a.Outcome == "conflict" && a.UserName == "kw.barnet");

        var retried = f.Register.UpdateDetails(People.BarnetKeyworker, entry.Id, now.Version, new EntryDetails("New Keyworker", [Agency.SocialCare], [RiskIndicator.SelfHarm]));
        Assert.Equal(RagRating.Amber, retried.Rating);
        Assert.Equal("New Keyworker", retried.Keyworker);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Simultaneous_edits_from_many_threads_never_overwrite_one_another(string engine)
    {
        using var f = new RegisterFixture(engine);
        var entry = f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Barnet, "C2"));
        var start = f.Register.GetEntry(People.BarnetKeyworker, entry.Id);
        var outcomes = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8).Select(i =>
        {
            try
            {
                f.Register.UpdateDetails(People.BarnetKeyworker, entry.Id, start.Version, new EntryDetails($"Keyworker {i}", [], []));
                return $"Keyworker {i}";
            }
            catch (ConcurrentEditException)
            {
                return null;
            }
        }).ToList();
        var winner = Assert.Single(outcomes, o => o is not null);
        var final = f.Register.GetEntry(People.BarnetKeyworker, entry.Id);
        Assert.Equal(winner, final.Keyworker);
        Assert.Equal(start.Version + 1, final.Version);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void An_action_completed_twice_tells_the_second_person(string engine)
    {
        using var f = new RegisterFixture(engine);
        var entry = f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Barnet, "C3"));
        var action = f.Register.AddAction(People.BarnetKeyworker, entry.Id, "EHC needs assessment request", "SEND team", f.Clock.Today.AddDays(14));
        f.Register.CompleteAction(People.NorthCentralLead, action.Id, f.Clock.Today);
        var conflict = Assert.Throws<ConcurrentEditException>(() => f.Register.CompleteAction(People.BarnetKeyworker, action.Id, f.Clock.Today));
        Assert.Equal("lead.ncl", conflict.ChangedBy);
    }
}
