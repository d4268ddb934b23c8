using Dapper;
using JoinedUp.Domain.Children;
using JoinedUp.Domain.Returns;
using JoinedUp.Store.Loading;
using JoinedUp.TestSupport;

namespace JoinedUp.Store.Tests;

/// <summary>
/// The loader writes loads one after another on its own thread and connection: each is committed or rolled back
/// whole, in order, and nothing of a discarded load reaches the next one.
/// </summary>
public sealed class SubmissionLoaderTests
{
    private static readonly SubmissionKey Barnet = new("302", ReturnKind.Ssda903, 2023);
    private static readonly SubmissionKey Camden = new("202", ReturnKind.Ssda903, 2023);

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_discarded_load_leaves_the_earlier_copy_and_none_of_its_rows_reach_the_next_load(string engine)
    {
        using var test = TestStore.Open(engine);
        test.Store.Replace(Barnet, "first", load => load.AddChild(Child("b-kept", 2)));

        using (var loader = new SubmissionLoader(test.Store))
        {
            var discarded = loader.Start(Barnet, "second");
            // Fewer rows than a batch: they are still waiting in the writer when the load is discarded.
            for (var row = 2; row < 7; row++) discarded.AddChild(Child("b-dropped-" + row, row));
            discarded.Discard();
            var next = loader.Start(Camden, "camden");
            next.AddChild(Child("c-1", 2));
            next.Commit();

            Assert.Null(discarded.Result());
            Assert.Equal(1, next.Result()!.Children);
        }

        using var connection = test.Store.OpenConnection();
        var children = connection.Query<(string La, string Source, string Pseudonym)>(
            "SELECT s.la, s.source, c.pseudonym FROM child c JOIN submission s ON s.id = c.submission_id ORDER BY s.la").ToList();
        Assert.Equal([("202", "camden", "c-1"), ("302", "first", "b-kept")], children);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Many_loads_in_a_row_each_keep_their_own_rows(string engine)
    {
        using var test = TestStore.Open(engine);
        var loads = new List<SubmissionLoader.Load>();
        using (var loader = new SubmissionLoader(test.Store))
        {
            for (var year = 2000; year < 2030; year++)
            {
                var load = loader.Start(new SubmissionKey("302", ReturnKind.Ssda903, year), "y" + year);
                // Up to a few batches each, so that loads follow one another through the queue.
                for (var row = 0; row < (year - 1990) * 37; row++) load.AddChild(Child($"{year}-{row}", row + 2));
                load.Commit();
                loads.Add(load);
            }
            Assert.All(loads, l => Assert.Equal((l.Key.Year - 1990) * 37, l.Result()!.Children));
        }
        using var connection = test.Store.OpenConnection();
        var counts = connection.Query<(int Year, long Children, long Matching)>(
            """
            SELECT s.year, s.children, (SELECT COUNT(*) FROM child c WHERE c.submission_id = s.id AND c.pseudonym LIKE CAST(s.year AS TEXT) || '-%')
            FROM submission s ORDER BY s.year
            """).ToList();
        Assert.Equal(30, counts.Count);
        Assert.All(counts, c => Assert.Equal(((c.Year - 1990) * 37L, (c.Year - 1990) * 37L), (c.Children, c.Matching)));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_store_that_cannot_take_the_rows_fails_every_load_without_hanging_and_changes_nothing(string engine)
    {
        using var test = TestStore.Open(engine);
        test.Store.Replace(Barnet, "first", load => load.AddChild(Child("b-kept", 2)));
        using (var connection = test.Store.OpenConnection())
            connection.Execute("DROP TABLE episode");

        using (var loader = new SubmissionLoader(test.Store))
        {
            var failing = loader.Start(Barnet, "second");
            var thrown = Record.Exception(() =>
            {
                // The failure reaches the reader at a later batch (or at commit), whichever comes first.
                for (var row = 0; row < 10_000; row++) failing.AddChild(Child("b-new-" + row, row + 2));
                failing.Commit();
            });
            failing.Discard();
            var fromResult = Record.Exception(() => failing.Result());
            Assert.NotNull(fromResult);
            if (thrown is not null) Assert.Equal(fromResult.Message, thrown.Message);
            // Later loads are refused at once rather than written into a store in an unknown state.
            Assert.NotNull(Record.Exception(() => loader.Start(Camden, "camden")));
        }

        using var check = test.Store.OpenConnection();
        Assert.Equal(["b-kept"], check.Query<string>("SELECT pseudonym FROM child"));
        Assert.Equal(["first"], check.Query<string>("SELECT source FROM submission"));
    }

    private static ChildRecord Child(string pseudonym, int row) => new(pseudonym, 1, new DateOnly(2010, 5, 1), "WBRI", row);
}
