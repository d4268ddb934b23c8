using JoinedUp.Analytics.Cohort;
using JoinedUp.Analytics.Plausibility;
using JoinedUp.Domain.Children;
using JoinedUp.Domain.Returns;
using JoinedUp.Store;
using JoinedUp.Store.Holds;
using JoinedUp.Store.Loading;
using JoinedUp.TestSupport;

namespace JoinedUp.Analytics.Tests.Plausibility;

/// <summary>The year-on-year check against the tolerance of decision 0009, and held returns left out of every figure.</summary>
public sealed class PlausibilityCheckTests
{
    [Theory]
    [InlineData(25, 80, true)]    // +220%, 55 children
    [InlineData(40, 55, false)]   // +38%: within half
    [InlineData(3, 20, false)]    // +567% but 17 children
    [InlineData(100, 49, true)]   // -51%, 51 children
    [InlineData(100, 50, false)]  // exactly half: not more than half
    [InlineData(0, 21, true)]
    public void A_change_is_implausible_only_beyond_both_tolerances(int was, int now, bool implausible) =>
        Assert.Equal(implausible, PlausibilityCheck.Implausible(was, now));

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_jump_from_the_next_year_is_warned_and_a_held_return_is_left_out_of_the_facts(string engine)
    {
        using var test = TestStore.Open(engine);
        var store = test.Store;
        Load(store, new SubmissionKey("302", ReturnKind.Ssda903, 2023), 25);
        Load(store, new SubmissionKey("202", ReturnKind.Ssda903, 2023), 10);
        var jump = Load(store, new SubmissionKey("302", ReturnKind.Ssda903, 2022), 80);
        var steady = Load(store, new SubmissionKey("202", ReturnKind.Ssda903, 2022), 12);

        var warnings = PlausibilityCheck.Warnings(store, jump.Id, jump.Key);
        Assert.Contains("Children looked after on 31 March: 80 in 2022 against 25 in 2023 (+220%).", warnings);
        Assert.Contains(warnings, w => w.StartsWith("Children who started to be looked after: 80 in 2022", StringComparison.Ordinal));
        Assert.Empty(PlausibilityCheck.Warnings(store, steady.Id, steady.Key));

        store.Hold(jump.Id, string.Join(" ", warnings));
        var facts = CareFacts.Load(store);
        Assert.DoesNotContain(("302", 2022), facts.Returns);
        Assert.Contains(("202", 2022), facts.Returns);
        Assert.Equal(12, facts.Children.Count(c => c.LaCode == "202" && c.Year == 2022));
        Assert.DoesNotContain(facts.Children, c => c.LaCode == "302" && c.Year == 2022);

        Assert.True(store.ConfirmHold(jump.Id, "302", "analyst"));
        Assert.Contains(("302", 2022), CareFacts.Load(store).Returns);
    }

    /// <summary><paramref name="children"/> children in care on 31 March of the year, each starting in the year.</summary>
    private static LoadedSubmission Load(RegionalStore store, SubmissionKey key, int children) =>
        store.Replace(key, "test", writer =>
        {
            for (var i = 0; i < children; i++)
            {
                var pseudonym = $"{key.LaCode}-{key.Year}-{i}";
                writer.AddChild(new ChildRecord(pseudonym, 1, new DateOnly(2012, 1, 1), "WBRI", i + 2));
                writer.AddEpisode(new EpisodeRecord(pseudonym, new DateOnly(key.Year - 1, 6, 1), null, "S", "C2", "N1", "U1", "PR1", null, null, "N1", "N2", null, i + 2));
            }
        });
}
