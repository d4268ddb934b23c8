using JoinedUp.Disclosure;

namespace JoinedUp.Disclosure.Tests;

/// <summary>Record keys, cell keys and who sees what: the component every published count goes through.</summary>
public sealed class DisclosureControlTests
{
    private sealed record Child(string LaCode, byte RecordKey) : IKeyedRecord;

    private static readonly RecordKeys Keys = new(Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray());

    private static List<Child> Children(string la, int count, string prefix = "p") =>
        Enumerable.Range(0, count).Select(i => new Child(la, Keys.Of($"{prefix}{la}-{i}"))).ToList();

    [Fact]
    public void A_record_key_is_fixed_for_a_pseudonym_and_depends_on_the_secret()
    {
        Assert.Equal(Keys.Of("abc"), new RecordKeys(Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray()).Of("abc"));
        var other = new RecordKeys(Enumerable.Range(0, 32).Select(i => (byte)(i * 7 + 1)).ToArray());
        var pseudonyms = Enumerable.Range(0, 2000).Select(i => "child" + i).ToList();
        Assert.True(pseudonyms.Count(p => Keys.Of(p) == other.Of(p)) < 30, "another secret gives other keys");
        var spread = pseudonyms.GroupBy(Keys.Of).ToList();
        Assert.True(spread.Count > 240, "keys spread over 0 to 255");
        Assert.Throws<ArgumentException>(() => new RecordKeys(new byte[16]));
    }

    [Fact]
    public void The_same_children_always_give_the_same_figure_whatever_order_or_view_counts_them()
    {
        var children = Children("302", 37);
        var control = DisclosureControl.Protected;
        var first = control.Count(children);
        var reversed = control.Count(Enumerable.Reverse(children));
        Assert.Equal(first, reversed);
        Assert.Equal(FigureKind.Perturbed, first.Kind);
        Assert.InRange(first.Value, 34, 40);
    }

    [Fact]
    public void An_LA_sees_its_own_children_exactly_and_any_cell_with_another_LAs_children_protected()
    {
        var barnet = Children("302", 3);
        var camden = Children("202", 40);
        var barnetUser = new DisclosureControl("302");
        Assert.Equal(Figure.Exact(3), barnetUser.Count(barnet));
        Assert.Equal(FigureKind.Perturbed, barnetUser.Count(barnet.Concat(camden)).Kind);
        Assert.Contains(DisclosureControl.Protected.Count(barnet).Value, new long[] { 0, 5 });
    }

    [Fact]
    public void Differencing_a_total_and_its_parts_gives_noise_not_the_hidden_count()
    {
        // 200 areas: each a total of a big group and a small group; the attacker takes total minus big.
        var right = 0;
        for (var area = 0; area < 200; area++)
        {
            var big = Children("A" + area, 40 + area % 17);
            var small = Children("A" + area, 1 + area % 4, "s");
            var derived = DisclosureControl.Protected.Count(big.Concat(small)).Value - DisclosureControl.Protected.Count(big).Value;
            if (derived == small.Count) right++;
        }
        Assert.True(right < 200 * 0.3, $"the small group was recovered {right} times in 200");
    }

    [Fact]
    public void Events_are_weighted_by_their_record()
    {
        var children = Children("302", 20);
        var moves = DisclosureControl.Protected.Sum(children, c => 2);
        Assert.InRange(moves.Value, 37, 43);
        Assert.Equal(Figure.Exact(40), new DisclosureControl("302").Sum(children, c => 2));
    }

    [Fact]
    public void A_table_whose_non_empty_cells_are_mostly_small_is_sparse()
    {
        var control = DisclosureControl.Protected;
        var sparse = new[] { control.Count(Children("1", 2)), control.Count(Children("2", 1)), control.Count(Children("3", 30)), control.Count(Children("4", 0)) };
        Assert.True(SparseTables.IsSparse(sparse));
        var dense = new[] { control.Count(Children("1", 2)), control.Count(Children("3", 30)), control.Count(Children("5", 12)) };
        Assert.False(SparseTables.IsSparse(dense));
        var own = new DisclosureControl("1");
        Assert.False(SparseTables.IsSparse([own.Count(Children("1", 2)), own.Count(Children("1", 1))]), "an LA's own table is never refused");
    }

    [Fact]
    public void A_protected_table_counts_every_cell_and_total_from_its_own_records()
    {
        var records = Children("302", 30).Select((c, i) => (Child: c, Row: i % 2 == 0 ? "a" : "b", Column: i % 3 == 0 ? "x" : "y")).ToList();
        var table = ProtectedTable.Count(["a", "b"], ["x", "y"], records.Select(r => new Tagged(r.Child.LaCode, r.Child.RecordKey, r.Row, r.Column)),
            r => r.Row, r => r.Column, DisclosureControl.Protected);
        Assert.Equal(DisclosureControl.Protected.Count(records.Select(r => r.Child)), table.GrandTotal);
        Assert.Equal(DisclosureControl.Protected.Count(records.Where(r => r.Row == "a").Select(r => r.Child)), table.RowTotal("a"));
        Assert.Equal(DisclosureControl.Protected.Count(records.Where(r => r.Row == "b" && r.Column == "x").Select(r => r.Child)), table["b", "x"]);
    }

    private sealed record Tagged(string LaCode, byte RecordKey, string Row, string Column) : IKeyedRecord;

    [Fact]
    public void A_comparator_beside_the_own_LA_minus_the_own_LAs_exact_count_never_gives_another_LAs_small_count()
    {
        var barnet = Children("302", 30);
        var separate = new DisclosureControl("302") { SeparatesOwnLa = true };
        var together = new DisclosureControl("302");
        var leaksTogether = 0;
        for (var trial = 0; trial < 400; trial++)
        {
            // An ICS of Barnet and one other LA with 1 to 4 children: Barnet's analyst knows their own 30.
            var small = Children("308", 1 + trial % 4, $"t{trial}-");
            var ics = barnet.Concat(small).ToList();
            var shown = separate.Count(ics);
            Assert.Equal(FigureKind.Perturbed, shown.Kind);
            Assert.Contains(shown.Value - barnet.Count, new long[] { 0, 5 });
            if (together.Count(ics).Value - barnet.Count == small.Count) leaksTogether++;
        }
        // Perturbing the whole cell alone would have given the small count away in about 30% of cases.
        Assert.True(leaksTogether > 40, $"{leaksTogether} leaks without separation");

        // Larger comparators stay within the noise of the other LAs' part; a cell of the own LA alone stays exact.
        var region = barnet.Concat(Children("202", 40)).ToList();
        Assert.InRange(separate.Count(region).Value, 67, 73);
        Assert.Equal(Figure.Exact(30), separate.Count(barnet));
        Assert.InRange(separate.Sum(region, _ => 2).Value, 137, 143);
    }
}
