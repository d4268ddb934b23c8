using JoinedUp.Analytics.Cohort;
using JoinedUp.Domain.Children;
using JoinedUp.Domain.Returns;
using JoinedUp.Store;
using JoinedUp.Store.Holds;
using JoinedUp.Store.Loading;
using JoinedUp.TestSupport;

namespace JoinedUp.Analytics.Tests.Cohort;

/// <summary>After an upload only the submissions that came or went are read, and the facts are the same as a full load.</summary>
public sealed class IncrementalFactsTests
{
    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Facts_loaded_on_top_of_earlier_ones_equal_a_full_load_through_uploads_replacements_holds_and_withdrawals(string engine)
    {
        using var test = TestStore.Open(engine);
        var store = test.Store;
        Load(store, new SubmissionKey("302", ReturnKind.Ssda903, 2023), 25);
        Load(store, new SubmissionKey("202", ReturnKind.Ssda903, 2023), 10);
        var first = CareFacts.Load(store);
        Assert.Equal(35, first.Children.Count);

        // Another LA's upload: the earlier facts' children are reused as they are, the new ones read.
        Load(store, new SubmissionKey("306", ReturnKind.Ssda903, 2023), 7);
        var second = CareFacts.Load(store, first);
        Same(CareFacts.Load(store), second);
        Assert.Equal(42, second.Children.Count);
        Assert.Equal(7, second.Children.Count(c => c.LaCode == "306"));
        Assert.Contains(first.Children[0], second.Children);
        Assert.Same(first.Placements, second.Placements);

        // A replacement of the same LA and year is a new submission: the old one's children leave, the new ones come.
        Load(store, new SubmissionKey("302", ReturnKind.Ssda903, 2023), 30);
        var third = CareFacts.Load(store, second);
        Same(CareFacts.Load(store), third);
        Assert.Equal(30, third.Children.Count(c => c.LaCode == "302"));

        // A held return leaves, and comes back when confirmed.
        var held = Load(store, new SubmissionKey("202", ReturnKind.Ssda903, 2022), 12);
        store.Hold(held.Id, "test");
        var fourth = CareFacts.Load(store, third);
        Same(CareFacts.Load(store), fourth);
        Assert.DoesNotContain(("202", 2022), fourth.Returns);
        Assert.True(store.ConfirmHold(held.Id, "202", "analyst"));
        var fifth = CareFacts.Load(store, fourth);
        Same(CareFacts.Load(store), fifth);
        Assert.Equal(12, fifth.Children.Count(c => c.LaCode == "202" && c.Year == 2022));
    }

    private static void Same(CareFacts expected, CareFacts actual)
    {
        Assert.Equal(expected.Returns.Order(), actual.Returns.Order());
        Assert.Equal(expected.Children.OrderBy(Key), actual.Children.OrderBy(Key));
        Assert.Equal(expected.RegionPostcodeAreas.Order(), actual.RegionPostcodeAreas.Order());
    }

    private static string Key(ChildInYear c) => c.ToString();

    /// <summary><paramref name="children"/> children in care on 31 March of the year, each starting in the year.</summary>
    private static LoadedSubmission Load(RegionalStore store, SubmissionKey key, int children) =>
        store.Replace(key, "test", writer =>
        {
            for (var i = 0; i < children; i++)
            {
                var pseudonym = $"{key.LaCode}-{key.Year}-{i}-{children}";
                writer.AddChild(new ChildRecord(pseudonym, 1, new DateOnly(2012, 1, 1), "WBRI", i + 2));
                writer.AddEpisode(new EpisodeRecord(pseudonym, new DateOnly(key.Year - 1, 6, 1), null, "S", "C2", "N1", "U1", "PR1", null, null, "N1", "N2", null, i + 2));
            }
        });
}
